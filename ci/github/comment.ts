// A minimal, safe Markdown renderer for the pull request comment and the check run summary.
// Repository-derived text (messages, file names, URNs, rule and waiver fields) is hostile input: it
// is redacted, stripped of newlines, HTML-escaped and Markdown-escaped, and @mentions, #refs and
// URLs are defanged so a finding cannot ping people, link to other issues, or inject markup,
// images or a fake marker. Only the fixed texts below carry Markdown.
import { githubWords } from "../report/i18n";
import { mdEscape } from "../report/markdown-escape";
import type { Finding, Lang, Severity } from "../../policies/core/model";
import { SEVERITIES } from "../../policies/core/model";
import { SECTION_TITLES } from "../report/coverage/clauses";
import { severityCounts, type ClauseStatus } from "../report/coverage/coverage";
import type { ReportModel } from "../report/coverage/model";
import { sanitizer } from "../report/coverage/sanitize";
import { locationOf, messageText } from "../result/model";

/** Hidden marker identifying our comment among the PR's comments. */
export const COMMENT_MARKER = "<!-- clausier-guard -->";
/** GitHub rejects comment bodies over 65,536 characters; keep a margin. */
export const COMMENT_LIMIT = 65_000;

const SEVERITY_ICON: Record<Severity, string> = { critical: "🟥", high: "🟧", medium: "🟨", low: "🟦" };
const STATUS_ICON: Record<ClauseStatus, string> = { failed: "❌", waived: "🟣", passed: "✅", manual: "📄", "not-evaluated": "⚪" };

const VERDICT_ICON: Record<ReportModel["verdict"], string> = { pass: "✅", blocked: "❌", error: "⚠️" };

export interface MarkdownOptions {
  lang?: Lang;
  secrets?: string[];
  runUrl?: string;
  limit?: number;
  /** Include the hidden marker (PR comment) or not (check run summary). */
  marker?: boolean;
}

/** Accumulates lines within a size budget, counting what had to be left out. */
class Budget {
  private lines: string[] = [];
  private size = 0;
  dropped = 0;
  constructor(private readonly limit: number) {}
  /** Adds a line if it fits; returns false (and counts it) otherwise. */
  add(line: string, countsAsFinding = false): boolean {
    if (this.size + line.length + 1 > this.limit) {
      if (countsAsFinding) this.dropped++;
      return false;
    }
    this.lines.push(line);
    this.size += line.length + 1;
    return true;
  }
  text(): string {
    return this.lines.join("\n");
  }
}

function isCodeSafe(s: string): boolean {
  return /^[A-Za-z0-9._:/@=+,-]{1,200}$/.test(s);
}

export function renderMarkdown(m: ReportModel, opts: MarkdownOptions = {}): string {
  const lang = opts.lang ?? "fr";
  const t = githubWords(lang);
  const safe = sanitizer(opts.secrets ?? []);
  const esc = (s: string | undefined | null) => mdEscape(safe(s));
  const code = (s: string | undefined | null) => {
    const v = safe(s);
    return isCodeSafe(v) ? `\`${v}\`` : mdEscape(v);
  };
  const limit = opts.limit ?? COMMENT_LIMIT;
  // Reserve room for the truncation note and the footer, which are always written.
  const footerLines = ["", "---", `<sub>${t.footer}${opts.runUrl && /^https:\/\/[^\s"<>]+$/.test(opts.runUrl) ? ` · [${t.runLink}](${opts.runUrl})` : ""}</sub>`];
  const reserve = footerLines.join("\n").length + 400;
  const b = new Budget(Math.max(1000, limit - reserve));

  const findingLine = (f: Finding) => {
    const where = locationOf(f);
    const stack = f.stack ? ` (${t.stack} ${esc(f.stack)})` : "";
    return `- ${SEVERITY_ICON[f.severity]} **${t.severity[f.severity]}** ${code(f.rule)} — ${where ? code(where) : `_${t.unlocated}_`}${stack} — ${esc(messageText(f, lang))}`;
  };

  if (opts.marker !== false) b.add(COMMENT_MARKER);
  b.add(`## Clausier Guard — ${VERDICT_ICON[m.verdict]} ${t.verdict[m.verdict]}`);
  b.add("");
  const sev = severityCounts(m.coverage.findings);
  const open = SEVERITIES.reduce((a, s) => a + sev[s].open, 0);
  const waived = SEVERITIES.reduce((a, s) => a + sev[s].waived, 0);
  b.add(`**${open} ${t.open}** (${SEVERITIES.map((s) => `${t.severity[s]} : ${sev[s].open}`).join(" · ")}) — **${waived} ${t.waived}**`);
  b.add("");
  const c = m.coverage.counts;
  b.add(`${t.clauses} : ${(["failed", "waived", "passed", "manual", "not-evaluated"] as ClauseStatus[]).map((s) => `${STATUS_ICON[s]} ${t.status[s]} ${c[s]}`).join(" · ")}`);
  b.add("");

  const withOpen = m.coverage.clauses.filter((cc) => cc.failed.length);
  const otherOpen = m.coverage.otherFindings.filter((f) => !f.waived);
  if (!withOpen.length && !otherOpen.length) {
    b.add(t.noFindings);
  } else {
    b.add(`### ${t.byClause}`);
    b.add("");
    b.add(`| ${t.clause} | ${t.statusCol} | ${t.findings} |`);
    b.add("|---|---|---|");
    for (const cc of withOpen) b.add(`| **${cc.clause.id}** — ${mdEscape(cc.clause.title[lang])} | ${STATUS_ICON[cc.status]} ${t.status[cc.status]} | ${cc.failed.length} |`);
    b.add("");
    const groups: { title: string; list: Finding[] }[] = withOpen.map((cc) => ({
      title: `${cc.clause.id} — ${mdEscape(cc.clause.title[lang])}`, list: cc.failed,
    }));
    if (otherOpen.length) groups.push({ title: t.otherClauses, list: otherOpen });
    // A finding tied to several clauses is listed under each: every clause reads complete.
    for (const g of groups) {
      if (!b.add(`<details><summary><b>${g.title}</b> (${g.list.length})</summary>`)) { b.dropped += g.list.length; continue; }
      b.add("");
      for (const f of g.list) b.add(findingLine(f), true);
      b.add("");
      b.add("</details>");
      b.add("");
    }
  }

  const waivedFindings = m.coverage.findings.filter((f) => f.waived);
  if (waivedFindings.length) {
    b.add(`### ${t.waivedTitle}`);
    b.add("");
    b.add(t.waivedIntro);
    b.add("");
    for (const f of waivedFindings) {
      const w = f.waived!;
      const row = m.waivers.find((x) => x.id === w.id);
      const expired = row?.state === "expired" ? ` **${t.expired}**` : "";
      b.add(`${findingLine(f)} — ${t.waiver} ${code(w.id)} (${esc(w.cctpReference)}, ${t.approvedBy} ${esc(w.approvedBy)}, ${t.expires} ${esc(w.expires)})${expired}`, true);
    }
    b.add("");
  }

  const manual = m.coverage.clauses.filter((cc) => cc.status === "manual" || (cc.evidenceRequired && cc.status !== "failed"));
  if (manual.length) {
    b.add(`<details><summary>${t.manualTitle} (${manual.length})</summary>`);
    b.add("");
    b.add(t.manualIntro);
    b.add("");
    let section = "";
    for (const cc of manual) {
      if (cc.clause.section !== section) {
        section = cc.clause.section;
        b.add(`**${mdEscape(SECTION_TITLES[cc.clause.section][lang])}**`);
      }
      b.add(`- **${cc.clause.id}** — ${mdEscape(cc.clause.evidence?.[lang] ?? "")}`);
    }
    b.add("");
    b.add("</details>");
  }

  let out = b.text();
  if (b.dropped) out += `\n\n${t.truncated(b.dropped)}`;
  out += `\n${footerLines.join("\n")}\n`;
  return out;
}

/** The PR comment: marker first, so upsertPrComment can find it again. */
export function renderPrComment(m: ReportModel, opts: Omit<MarkdownOptions, "marker"> = {}): string {
  return renderMarkdown(m, { ...opts, marker: true });
}

/** The check run summary (same content, no marker; GitHub's limit there is 65,535). */
export function renderCheckSummary(m: ReportModel, opts: Omit<MarkdownOptions, "marker"> = {}): string {
  return renderMarkdown(m, { ...opts, marker: false });
}
