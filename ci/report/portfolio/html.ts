// The portfolio report: one self-contained HTML page (same frame, CSP and styles as the
// per-repository report) over every bundle of a hospital group. Every bundle-derived string is
// redacted and escaped here, at output time: bundles are vendors' artefacts.
import { SEVERITIES, type Lang } from "../../../policies/core/model";
import type { Verdict } from "../../result/model";
import { SECTION_TITLES, type ClauseDef } from "../coverage/clauses";
import { CLAUSE_STATUSES, type ClauseStatus } from "../coverage/coverage";
import { sanitizer } from "../coverage/sanitize";
import { barChart, escapeHtml, htmlPage, STATUS_COLOURS, statusBadge, utcStamp } from "../html/render";
import { htmlWords, type HtmlWords } from "../i18n";
import type { DueWaiver, PortfolioModel, RepositoryRow } from "./model";

const VERDICT_COLOURS: Record<Verdict, string> = { pass: "#2f855a", blocked: "#b91c1c", error: "#c05621" };

const EXTRA_CSS = `
.vb{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600;white-space:nowrap}
.vb-pass{background:#c6f6d5;color:#22543d}.vb-blocked{background:#fed7d7;color:#822727}.vb-error{background:#feebc8;color:#7b341e}
table.portfolio td.num{text-align:right;white-space:nowrap}
table.pm td.cell{text-align:center;padding:4px 2px}
table.pm th.v{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;font-size:12px;padding:6px 2px}
.dot{display:inline-block;width:14px;height:14px;border-radius:3px}
tr.vendor th{background:#2c5282;color:#fff}
.problem{color:#9b2c2c;font-size:12px;display:block}
`;

interface Ctx {
  s: HtmlWords;
  p: HtmlWords["portfolio"];
  lang: Lang;
  txt: (t: string | null | undefined) => string;
}

function verdictBadge(ctx: Ctx, v: Verdict): string {
  return `<span class="vb vb-${v}" data-verdict="${v}">${escapeHtml(ctx.s.verdict[v])}</span>`;
}

function vendorName(ctx: Ctx, vendor: string | null): string {
  return vendor === null ? `<span class="muted">${escapeHtml(ctx.p.unknownVendor)}</span>` : ctx.txt(vendor);
}

function glance(ctx: Ctx, m: PortfolioModel): string {
  const verdicts = barChart(ctx.p.repositoriesByVerdict, (["blocked", "error", "pass"] as const).map((v) => ({
    label: ctx.s.verdict[v], parts: [{ value: m.totals.byVerdict[v], colour: VERDICT_COLOURS[v], name: ctx.s.verdict[v] }],
  })));
  const sums = Object.fromEntries(CLAUSE_STATUSES.map((st) => [st, m.clauses.reduce((n, c) => n + c.counts[st], 0)])) as Record<ClauseStatus, number>;
  const statuses = barChart(ctx.p.clausesAcross, CLAUSE_STATUSES.map((st) => ({
    label: ctx.s.status[st], parts: [{ value: sums[st], colour: STATUS_COLOURS[st], name: ctx.s.status[st] }],
  })));
  return `<section id="glance"><h2>${escapeHtml(ctx.s.glance)}</h2><div class="charts">` +
    `<div class="chart" id="chart-verdicts"><h3>${escapeHtml(ctx.p.repositoriesByVerdict)}</h3>${verdicts}</div>` +
    `<div class="chart" id="chart-clauses"><h3>${escapeHtml(ctx.p.clausesAcross)}</h3>${statuses}</div></div></section>`;
}

function changeCell(ctx: Ctx, r: RepositoryRow): string {
  if (!r.change) return `<span class="muted">—</span>`;
  if (r.change.previous === null) return escapeHtml(ctx.p.newRepository);
  return escapeHtml(ctx.p.change({
    before: ctx.s.verdict[r.change.previous], after: ctx.s.verdict[r.verdict], added: r.change.newFindings, fixed: r.change.fixedFindings,
  }));
}

function repositoryRow(ctx: Ctx, r: RepositoryRow): string {
  const stacks = r.stacks.length
    ? r.stacks.map((st) => `<code>${ctx.txt(st.name || "—")}</code> ${verdictBadge(ctx, st.verdict)}`).join("<br>")
    : `<span class="muted">—</span>`;
  const problems = r.problems.map((p) => `<span class="problem">${escapeHtml(ctx.p.problems)} : ${ctx.txt(p)}</span>`).join("");
  const run = `${escapeHtml(r.generatedAt ? r.generatedAt.slice(0, 10) : "—")}${r.commit ? ` <code>${ctx.txt(r.commit.slice(0, 12))}</code>` : ""}` +
    (r.superseded ? `<span class="extra">${escapeHtml(ctx.p.superseded(r.superseded))}</span>` : "");
  return `<tr data-repository="${ctx.txt(r.subject.repository)}" data-verdict="${r.verdict}">` +
    `<td><code>${ctx.txt(r.subject.repository)}</code><span class="extra mono">${ctx.txt(r.path)}</span>${problems}</td>` +
    `<td>${verdictBadge(ctx, r.verdict)}</td><td>${r.gate ? verdictBadge(ctx, r.gate) : `<span class="muted">—</span>`}</td>` +
    `<td>${stacks}</td><td class="num">${SEVERITIES.map((s) => r.open[s]).join(" / ")}</td><td class="num">${r.waived}</td>` +
    `<td>${run}</td><td>${changeCell(ctx, r)}</td></tr>`;
}

function vendorsTable(ctx: Ctx, m: PortfolioModel): string {
  const { p } = ctx;
  const body = m.vendors.map((v) =>
    `<tr class="vendor" data-vendor="${v.vendor === null ? "" : ctx.txt(v.vendor)}"><th colspan="8">${vendorName(ctx, v.vendor)} — ${verdictBadge(ctx, v.verdict)}</th></tr>` +
    v.repositories.map((r) => repositoryRow(ctx, r)).join("")).join("");
  return `<section id="vendors"><h2>${escapeHtml(p.vendors)}</h2><table class="portfolio" id="repositories"><thead><tr>` +
    [p.repository, ctx.s.verdictLabel, p.gateCol, p.stacksCol, p.openCol, p.waivedCol, p.runCol, p.changeCol].map((h) => `<th>${escapeHtml(h)}</th>`).join("") +
    `</tr></thead><tbody>${body}</tbody></table></section>`;
}

function clauseMatrix(ctx: Ctx, m: PortfolioModel): string {
  const { p, s, lang } = ctx;
  const rows: string[] = [];
  let section: ClauseDef["section"] | undefined;
  const width = m.vendors.length + 3;
  for (const row of m.clauses) {
    if (row.clause.section !== section) {
      section = row.clause.section;
      rows.push(`<tr class="section"><th colspan="${width}">${escapeHtml(SECTION_TITLES[section][lang])}</th></tr>`);
    }
    const cells = row.byVendor.map((st, i) => {
      const v = m.vendors[i]!;
      const title = `${v.vendor ?? p.unknownVendor} — ${row.clause.id} : ${s.status[st]}`;
      return `<td class="cell" data-status="${st}" title="${ctx.txt(title)}"><span class="dot s-${st}"></span></td>`;
    }).join("");
    const c = row.counts;
    rows.push(`<tr data-clause="${escapeHtml(row.clause.id)}"><td><strong>${escapeHtml(row.clause.id)}</strong></td>` +
      `<td>${escapeHtml(row.clause.title[lang])}</td>${cells}` +
      `<td class="num" title="${escapeHtml(CLAUSE_STATUSES.map((st) => p.repositoriesWith(c[st], s.status[st])).join(" ; "))}">` +
      `${c.failed} / ${c["not-evaluated"]} / ${c.waived} / ${c.passed}${c.manual ? ` <span class="muted">(${escapeHtml(s.status.manual)})</span>` : ""}</td></tr>`);
  }
  const legend = CLAUSE_STATUSES.map((st) => statusBadge(s, st)).join(" ");
  return `<section id="matrix-section"><h2>${escapeHtml(p.matrix)}</h2><p>${escapeHtml(p.matrixIntro)}</p><p>${legend}</p>` +
    `<table class="pm" id="portfolio-matrix"><thead><tr><th>${escapeHtml(s.clause)}</th><th>${escapeHtml(s.clauseTitle)}</th>` +
    m.vendors.map((v) => `<th class="v">${vendorName(ctx, v.vendor)}</th>`).join("") +
    `<th>${escapeHtml(p.totalsCol)}</th></tr></thead><tbody>${rows.join("")}</tbody></table></section>`;
}

function waiverTable(ctx: Ctx, id: string, title: string, list: DueWaiver[]): string {
  const { p, s } = ctx;
  if (!list.length) return `<h3>${escapeHtml(title)}</h3><p id="${id}" data-count="0">${escapeHtml(p.noneDue)}</p>`;
  const rows = list.map((w) => `<tr${w.daysLeft < 0 ? ` class="expired"` : ""}><td>${vendorName(ctx, w.vendor)}</td><td><code>${ctx.txt(w.repository)}</code></td>` +
    `<td><code>${ctx.txt(w.id)}</code></td><td>${ctx.txt(w.cctpReference)}</td><td>${ctx.txt(w.approvedBy)}</td><td>${ctx.txt(w.expires)}</td>` +
    `<td class="num state">${w.daysLeft}</td><td class="num">${w.covers}</td></tr>`).join("");
  return `<h3>${escapeHtml(title)}</h3><table class="portfolio" id="${id}" data-count="${list.length}"><thead><tr>` +
    [p.vendor, p.repository, s.waiverId, s.cctp, s.approvedBy, s.expires, p.daysLeft, s.covers].map((h) => `<th>${escapeHtml(h)}</th>`).join("") +
    `</tr></thead><tbody>${rows}</tbody></table>`;
}

function waiversDue(ctx: Ctx, m: PortfolioModel): string {
  const { p } = ctx;
  return `<section id="waivers-due"><h2>${escapeHtml(p.waiversDue)}</h2><p>${escapeHtml(p.waiversIntro)}</p>` +
    waiverTable(ctx, "waivers-expired", p.expiredWaivers, m.waivers.expired) +
    waiverTable(ctx, "waivers-30", p.within30, m.waivers.within30) +
    waiverTable(ctx, "waivers-90", p.within90, m.waivers.within90) + `</section>`;
}

function changes(ctx: Ctx, m: PortfolioModel): string {
  const { p } = ctx;
  if (!m.changes.compared) return `<section id="changes"><h2>${escapeHtml(p.changes)}</h2><p>${escapeHtml(p.notCompared)}</p></section>`;
  const changed = m.vendors.flatMap((v) => v.repositories).filter((r) => r.change && (r.change.previous !== r.verdict || r.change.newFindings || r.change.fixedFindings));
  const rows = changed.map((r) => `<tr><td>${vendorName(ctx, r.subject.vendor)}</td><td><code>${ctx.txt(r.subject.repository)}</code></td><td>${changeCell(ctx, r)}</td></tr>`).join("");
  const removed = m.changes.removed.length
    ? `<ul id="removed">${m.changes.removed.map((r) => `<li>${vendorName(ctx, r.vendor)} — <code>${ctx.txt(r.repository)}</code></li>`).join("")}</ul>`
    : `<p id="removed">${escapeHtml(p.noRemoved)}</p>`;
  return `<section id="changes"><h2>${escapeHtml(p.changes)}</h2>` +
    (rows ? `<table class="portfolio" id="changed" data-count="${changed.length}"><thead><tr><th>${escapeHtml(p.vendor)}</th><th>${escapeHtml(p.repository)}</th><th>${escapeHtml(p.changeCol)}</th></tr></thead><tbody>${rows}</tbody></table>` : `<p id="changed" data-count="0">${escapeHtml(p.noneDue)}</p>`) +
    `<h3>${escapeHtml(p.removed)}</h3>${removed}</section>`;
}

export function renderPortfolioHtml(m: PortfolioModel, lang: Lang): string {
  const s = htmlWords(lang);
  const safe = sanitizer();
  const ctx: Ctx = { s, p: s.portfolio, lang, txt: (t) => escapeHtml(safe(t)) };
  const header = `<h1>${escapeHtml(s.portfolio.title)}</h1><p class="sub">${escapeHtml(s.portfolio.subtitle)}</p>
<div class="meta"><span id="verdict" class="verdict v-${m.verdict}" data-verdict="${m.verdict}">${escapeHtml(s.verdictLabel)} : ${escapeHtml(s.verdict[m.verdict])}</span>
<span>${escapeHtml(s.generated)} ${escapeHtml(utcStamp(m.generatedAt))}</span><span id="totals">${escapeHtml(s.portfolio.totals(m.totals))}</span></div>`;
  return htmlPage(lang, s.portfolio.title, header, [glance(ctx, m), vendorsTable(ctx, m), clauseMatrix(ctx, m), waiversDue(ctx, m), changes(ctx, m)], s.portfolio.footer, EXTRA_CSS);
}
