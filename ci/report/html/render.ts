// The HTML report for security teams: ONE self-contained file (inline CSS and SVG, no script, no
// external resource; a CSP forbids anything else) so it can be attached to a ticket, archived
// with the evidence bundle and opened offline. Every repository-derived string is redacted and
// HTML-escaped here, at output time.
import type { Finding, Lang, Severity, Waiver } from "../../../policies/core/model";
import { locationOf, messageText, type EvaluateResult, type Result } from "../../result/model";
import { SEVERITIES } from "../../../policies/core/model";
import { CLAUSES, SECTION_TITLES, type ClauseDef } from "../coverage/clauses";
import { CLAUSE_STATUSES, severityCounts, type ClauseCoverage, type ClauseStatus } from "../coverage/coverage";
import { buildReportModel, type ReportModel } from "../coverage/model";
import { sanitizer } from "../coverage/sanitize";
import { htmlWords, type HtmlWords } from "../i18n";

export interface HtmlReportInput {
  gate?: Result;
  evaluate?: EvaluateResult | EvaluateResult[];
  lang?: Lang;
  profileWaivers?: Waiver[];
  /** Known secret values (matched by scanners, tokens): masked wherever they appear. */
  secrets?: string[];
  /** Findings from elsewhere, e.g. GitHub commit signatures. */
  extraFindings?: Finding[];
  now?: Date;
}

export const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const SEVERITY_COLOURS: Record<Severity, string> = { critical: "#7f1d1d", high: "#c2410c", medium: "#b7791f", low: "#2b6cb0" };
export const STATUS_COLOURS: Record<ClauseStatus, string> = {
  failed: "#b91c1c", waived: "#6b46c1", passed: "#2f855a", manual: "#4a5568", "not-evaluated": "#a0aec0",
};

export const CSS = `
:root{color-scheme:light}
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;margin:0;color:#1a202c;background:#f7fafc}
header,main,footer{max-width:1200px;margin:0 auto;padding:16px 24px}
header{background:#1a365d;color:#fff;max-width:none}
header .inner{max-width:1152px;margin:0 auto}
h1{font-size:22px;margin:0 0 4px}
h2{font-size:18px;margin:28px 0 10px;border-bottom:2px solid #cbd5e0;padding-bottom:4px}
h3{font-size:15px;margin:18px 0 6px}
.sub{opacity:.85;margin:0}
.meta{display:flex;flex-wrap:wrap;gap:16px;align-items:center;margin-top:12px}
.verdict{display:inline-block;padding:6px 14px;border-radius:4px;font-weight:700;font-size:16px}
.v-pass{background:#c6f6d5;color:#22543d}.v-blocked{background:#fed7d7;color:#822727}.v-error{background:#feebc8;color:#7b341e}
.charts{display:flex;flex-wrap:wrap;gap:24px}
.chart{background:#fff;border:1px solid #e2e8f0;border-radius:6px;padding:12px}
.chart h3{margin:0 0 8px}
table{border-collapse:collapse;width:100%;background:#fff;margin-bottom:12px}
th,td{border:1px solid #e2e8f0;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#edf2f7;font-weight:600}
tr.section th{background:#2c5282;color:#fff}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;color:#fff;font-size:12px;font-weight:600;white-space:nowrap}
.s-failed{background:${STATUS_COLOURS.failed}}.s-waived{background:${STATUS_COLOURS.waived}}.s-passed{background:${STATUS_COLOURS.passed}}
.s-manual{background:${STATUS_COLOURS.manual}}.s-not-evaluated{background:${STATUS_COLOURS["not-evaluated"]};color:#1a202c}
.sev{font-weight:700}.sev-critical{color:${SEVERITY_COLOURS.critical}}.sev-high{color:${SEVERITY_COLOURS.high}}
.sev-medium{color:${SEVERITY_COLOURS.medium}}.sev-low{color:${SEVERITY_COLOURS.low}}
.extra{display:block;color:#4a5568;font-size:12px;margin-top:2px}
code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px;word-break:break-all}
tr.expired td{background:#fff5f5}
tr.expired .state{color:#9b2c2c;font-weight:700}
tr.waived-finding td{color:#553c9a}
.muted{color:#718096}
ul.checks{margin:0;padding-left:16px}
table.findings{table-layout:fixed}
table.findings th:nth-child(1){width:9%}table.findings th:nth-child(2){width:18%}table.findings th:nth-child(3){width:28%}table.findings th:nth-child(5){width:16%}
td{overflow-wrap:anywhere}
.sw{display:inline-block;width:10px;height:10px;margin:0 4px 0 8px;border-radius:2px}
footer{color:#718096;font-size:12px}
`;

interface Ctx {
  s: HtmlWords;
  lang: Lang;
  safe: (t: string | undefined | null) => string;
}

/** Sanitize (redact) then escape: the only way repository text reaches the page. */
function txt(ctx: Ctx, t: string | undefined | null): string {
  return escapeHtml(ctx.safe(t));
}

export function barChart(title: string, rows: { label: string; parts: { value: number; colour: string; name: string }[] }[]): string {
  const width = 420, labelW = 130, rowH = 26, top = 8;
  const max = Math.max(1, ...rows.map((r) => r.parts.reduce((a, p) => a + p.value, 0)));
  const barMax = width - labelW - 50;
  const height = top * 2 + rows.length * rowH;
  const body = rows.map((r, i) => {
    const y = top + i * rowH;
    let x = labelW;
    const total = r.parts.reduce((a, p) => a + p.value, 0);
    const rects = r.parts.filter((p) => p.value > 0).map((p) => {
      const w = Math.max(2, Math.round((p.value / max) * barMax));
      const rect = `<rect x="${x}" y="${y + 4}" width="${w}" height="${rowH - 8}" fill="${p.colour}"><title>${escapeHtml(`${r.label} — ${p.name}: ${p.value}`)}</title></rect>`;
      x += w;
      return rect;
    }).join("");
    return `<text x="${labelW - 8}" y="${y + rowH / 2 + 4}" text-anchor="end" font-size="12" fill="#2d3748">${escapeHtml(r.label)}</text>${rects}` +
      `<text x="${x + 6}" y="${y + rowH / 2 + 4}" font-size="12" fill="#2d3748">${total}</text>`;
  }).join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" aria-label="${escapeHtml(title)}"><title>${escapeHtml(title)}</title>${body}</svg>`;
}

function glance(ctx: Ctx, m: ReportModel): string {
  const { s } = ctx;
  const counts = severityCounts(m.coverage.findings);
  const sev = barChart(s.bySeverity, SEVERITIES.map((sv) => ({
    label: s.severity[sv],
    parts: [
      { value: counts[sv].open, colour: SEVERITY_COLOURS[sv], name: s.open },
      { value: counts[sv].waived, colour: "#b794f4", name: s.waived },
    ],
  })));
  const st = barChart(s.byStatus, CLAUSE_STATUSES.map((cs) => ({
    label: s.status[cs],
    parts: [{ value: m.coverage.counts[cs], colour: STATUS_COLOURS[cs], name: s.status[cs] }],
  })));
  return `<section id="glance"><h2>${escapeHtml(s.glance)}</h2><div class="charts">` +
    `<div class="chart" id="chart-severity"><h3>${escapeHtml(s.bySeverity)}</h3>${sev}` +
    `<p class="muted legend"><span class="sw" style="background:${SEVERITY_COLOURS.high}"></span>${escapeHtml(s.open)} ` +
    `<span class="sw" style="background:#b794f4"></span>${escapeHtml(s.waived)}</p></div>` +
    `<div class="chart" id="chart-status"><h3>${escapeHtml(s.byStatus)}</h3>${st}</div></div></section>`;
}

/** The rules that check a clause, by source, each with its catalog description; a rule whose check did not run says so. */
function clauseChecks(ctx: Ctx, cc: ClauseCoverage): string {
  if (!cc.rules.length) return `<span class="muted">—</span>`;
  const group = (label: string, rules: ClauseCoverage["rules"]) => rules.length
    ? `<li><details><summary><strong>${escapeHtml(label)}</strong> (${rules.length})</summary><ul>${rules.map((r) =>
      `<li><code>${escapeHtml(r.entry.name)}</code> — ${escapeHtml(r.entry.description[ctx.lang])}${r.evaluated ? "" : ` <span class="muted">(${escapeHtml(ctx.s.status["not-evaluated"])})</span>`}</li>`).join("")}</ul></details></li>`
    : "";
  return `<ul class="checks">${group(ctx.s.policy, cc.rules.filter((r) => r.entry.kind !== "gate"))}${group(ctx.s.gate, cc.rules.filter((r) => r.entry.kind === "gate"))}</ul>`;
}

export function statusBadge(s: HtmlWords, st: ClauseStatus): string {
  return `<span class="badge s-${st}">${escapeHtml(s.status[st])}</span>`;
}

function matrix(ctx: Ctx, m: ReportModel): string {
  const { s, lang } = ctx;
  const bySection = new Map<string, ClauseCoverage[]>();
  for (const cc of m.coverage.clauses) {
    const list = bySection.get(cc.clause.section) ?? [];
    list.push(cc);
    bySection.set(cc.clause.section, list);
  }
  const rows: string[] = [];
  for (const [section, list] of bySection) {
    rows.push(`<tr class="section"><th colspan="6">${escapeHtml(SECTION_TITLES[section as ClauseDef["section"]][lang])}</th></tr>`);
    for (const cc of list) {
      const c = cc.clause;
      const n = cc.failed.length + cc.waived.length;
      const findingsCell = n
        ? `<a href="#f-${escapeHtml(c.id)}">${cc.failed.length}${cc.waived.length ? ` + ${cc.waived.length} ${escapeHtml(s.waived)}` : ""}</a>`
        : "0";
      rows.push(`<tr data-clause="${escapeHtml(c.id)}" data-status="${cc.status}">` +
        `<td><strong>${escapeHtml(c.id)}</strong>${c.sic ? `<span class="extra" title="${escapeHtml(s.sic)}">[sic]</span>` : ""}</td>` +
        `<td>${escapeHtml(c.title[lang])}</td>` +
        `<td>${statusBadge(ctx.s, cc.status)}${cc.evidenceRequired && cc.status !== "manual" ? `<span class="extra">${escapeHtml(s.plusEvidence)}</span>` : ""}</td>` +
        `<td>${clauseChecks(ctx, cc)}</td>` +
        `<td>${c.evidence ? escapeHtml(c.evidence[lang]) : `<span class="muted">—</span>`}</td>` +
        `<td>${findingsCell}</td></tr>`);
    }
  }
  return `<section id="coverage"><h2>${escapeHtml(s.matrix)}</h2><p>${escapeHtml(s.matrixIntro)}</p>` +
    `<table id="matrix"><thead><tr><th>${escapeHtml(s.clause)}</th><th>${escapeHtml(s.clauseTitle)}</th><th>${escapeHtml(s.statusCol)}</th>` +
    `<th>${escapeHtml(s.checks)}</th><th>${escapeHtml(s.evidence)}</th><th>${escapeHtml(s.findingsCol)}</th></tr></thead>` +
    `<tbody>${rows.join("")}</tbody></table></section>`;
}

function findingsTable(ctx: Ctx, findings: Finding[]): string {
  const { s } = ctx;
  const rows = findings.map((f) => {
    const where = locationOf(f);
    const stack = f.stack ? `<span class="extra">${escapeHtml(s.stack)} ${txt(ctx, f.stack)}</span>` : "";
    const waiver = f.waived
      ? `${txt(ctx, f.waived.id)}<span class="extra">${txt(ctx, f.waived.cctpReference)} — ${txt(ctx, f.waived.approvedBy)} — ${txt(ctx, f.waived.expires)}</span>`
      : "";
    return `<tr class="${f.waived ? "waived-finding" : "open-finding"}"><td class="sev sev-${f.severity}">${escapeHtml(s.severity[f.severity])}</td>` +
      `<td><code>${txt(ctx, f.rule)}</code>${f.scanner ? `<span class="extra">${txt(ctx, f.scanner)}</span>` : ""}</td>` +
      `<td><code>${txt(ctx, where)}</code>${stack}</td><td>${txt(ctx, messageText(f, ctx.lang))}</td><td>${waiver}</td></tr>`;
  });
  return `<table class="findings"><thead><tr><th>${escapeHtml(s.severityCol)}</th>` +
    `<th>${escapeHtml(s.rule)}</th><th>${escapeHtml(s.where)}</th><th>${escapeHtml(s.message)}</th><th>${escapeHtml(s.waiver)}</th></tr></thead>` +
    `<tbody>${rows.join("")}</tbody></table>`;
}

function findingsByClause(ctx: Ctx, m: ReportModel): string {
  const { s, lang } = ctx;
  const parts: string[] = [];
  for (const cc of m.coverage.clauses) {
    const list = [...cc.failed, ...cc.waived];
    if (!list.length) continue;
    parts.push(`<h3 id="f-${escapeHtml(cc.clause.id)}">${escapeHtml(cc.clause.id)} — ${escapeHtml(cc.clause.title[lang])} ${statusBadge(ctx.s, cc.status)}</h3>${findingsTable(ctx, list)}`);
  }
  if (m.coverage.otherFindings.length) {
    parts.push(`<h3 id="f-other">${escapeHtml(s.otherClauses)}</h3>${findingsTable(ctx, m.coverage.otherFindings)}`);
  }
  return `<section id="findings"><h2>${escapeHtml(s.findingsByClause)}</h2>${parts.length ? parts.join("") : `<p>${escapeHtml(s.noFindings)}</p>`}</section>`;
}

function waivers(ctx: Ctx, m: ReportModel): string {
  const { s } = ctx;
  if (!m.waivers.length) return `<section id="waivers"><h2>${escapeHtml(s.waivers)}</h2><p>${escapeHtml(s.noWaivers)}</p></section>`;
  const rows = m.waivers.map((w) =>
    `<tr class="${w.state === "expired" ? "expired" : ""}" data-waiver-state="${w.state}"><td><code>${txt(ctx, w.id)}</code></td><td>${txt(ctx, w.cctpReference)}</td>` +
    `<td>${txt(ctx, w.approvedBy)}</td><td>${txt(ctx, w.expires)}</td><td>${txt(ctx, w.reason)}</td>` +
    `<td class="state">${escapeHtml(s.waiverState[w.state])}</td><td>${w.covers}</td></tr>`).join("");
  return `<section id="waivers"><h2>${escapeHtml(s.waivers)}</h2><table><thead><tr><th>${escapeHtml(s.waiverId)}</th><th>${escapeHtml(s.cctp)}</th>` +
    `<th>${escapeHtml(s.approvedBy)}</th><th>${escapeHtml(s.expires)}</th><th>${escapeHtml(s.reason)}</th><th>${escapeHtml(s.state)}</th>` +
    `<th>${escapeHtml(s.covers)}</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function scanners(ctx: Ctx, m: ReportModel): string {
  const { s } = ctx;
  const stacks = m.stacks.length
    ? `<h3>${escapeHtml(s.stacks)}</h3><ul>${m.stacks.map((st) => `<li><code>${txt(ctx, st.name || "—")}</code> — ${st.resources} ${escapeHtml(s.resources)}</li>`).join("")}</ul>`
    : "";
  if (!m.scanners.length) return `<section id="scanners"><h2>${escapeHtml(s.scanners)}</h2><p>${escapeHtml(s.noScanners)}</p>${stacks}</section>`;
  const rows = m.scanners.map((sc) =>
    `<tr data-scanner-status="${escapeHtml(sc.status)}"><td>${txt(ctx, sc.name)}</td><td><code>${txt(ctx, sc.version)}</code></td><td>${txt(ctx, sc.status)}</td>` +
    `<td>${(sc.durationMs / 1000).toFixed(1)} s</td><td>${txt(ctx, sc.reason)}</td></tr>`).join("");
  return `<section id="scanners"><h2>${escapeHtml(s.scanners)}</h2><table><thead><tr><th>${escapeHtml(s.scanner)}</th><th>${escapeHtml(s.version)}</th>` +
    `<th>${escapeHtml(s.statusCol)}</th><th>${escapeHtml(s.duration)}</th><th>${escapeHtml(s.reason)}</th></tr></thead><tbody>${rows}</tbody></table>${stacks}</section>`;
}

export function renderHtmlFromModel(m: ReportModel, lang: Lang, secrets: string[] = []): string {
  const s = htmlWords(lang);
  const ctx: Ctx = { s, lang, safe: sanitizer(secrets) };
  const inputs = [m.inputs.gate ? s.gateInput : "", m.inputs.evaluate ? s.evaluateInput : ""].filter(Boolean).join(", ") || s.none;
  const when = utcStamp(m.generatedAt);
  const header = `<h1>${escapeHtml(s.title)}</h1><p class="sub">${escapeHtml(s.subtitle)}</p>
<div class="meta"><span id="verdict" class="verdict v-${m.verdict}" data-verdict="${m.verdict}">${escapeHtml(s.verdictLabel)} : ${escapeHtml(s.verdict[m.verdict])}</span>
<span>${escapeHtml(s.generated)} ${escapeHtml(when)}</span><span>${escapeHtml(s.inputs)} : ${escapeHtml(inputs)}</span></div>`;
  return htmlPage(lang, s.title, header, [glance(ctx, m), matrix(ctx, m), findingsByClause(ctx, m), waivers(ctx, m), scanners(ctx, m)], s.footer);
}

/** `2026-05-04 10:00:00 UTC`. */
export function utcStamp(d: Date): string {
  return d.toISOString().replace("T", " ").replace(/\.\d+Z$/, " UTC");
}

/** The one page frame of every HTML report: CSP, no script, inline CSS. `header` and `sections` are HTML already escaped. */
export function htmlPage(lang: Lang, title: string, header: string, sections: string[], footer: string, extraCss = ""): string {
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${CSS}${extraCss}</style>
</head>
<body>
<header><div class="inner">${header}</div></header>
<main>
${sections.join("\n")}
</main>
<footer><p>${escapeHtml(footer)}</p></footer>
</body>
</html>
`;
}

/** Renders the whole report as one self-contained HTML string (French unless lang is "en"). */
export function renderHtml(input: HtmlReportInput): string {
  const evaluate = input.evaluate === undefined ? undefined : Array.isArray(input.evaluate) ? input.evaluate : [input.evaluate];
  const model = buildReportModel({
    gate: input.gate, evaluate, profileWaivers: input.profileWaivers, extraFindings: input.extraFindings, now: input.now,
  });
  return renderHtmlFromModel(model, input.lang === "en" ? "en" : "fr", input.secrets ?? []);
}

/** Number of clause rows the matrix must hold (tests compare against the rendered page). */
export const CLAUSE_ROW_COUNT = CLAUSES.length;
