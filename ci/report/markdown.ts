// The pull-request comment: verdict first, then findings by clause, waived findings apart, the
// scanners with status and version. Every string from the repository goes through mdEscape.
import type { Finding } from "../../policies/core/model";
import { labels } from "./i18n";
import { mdEscape } from "./markdown-escape";
import { bilingualText, failedScanners, groupByClause, isBlocking, locationOf, notEvaluated, sortFindings, type RenderOptions, type Result } from "../result/model";
import { cleaner } from "./redaction";

/** GitHub refuses comments over 65 536 characters: keep the table well under that. */
export const MAX_MARKDOWN_ROWS = 150;
const ICON = { pass: "✅", blocked: "⛔", error: "❌" } as const;

export function renderMarkdown(report: Result, opts: RenderOptions = {}): string {
  const clean = cleaner(opts.secrets);
  const lang = opts.lang ?? "fr";
  const L = labels(lang);
  const t = (s: string) => mdEscape(clean(s));
  const sorted = sortFindings(report.findings);
  const active = sorted.filter((f) => !f.waived);
  const waived = sorted.filter((f) => f.waived);
  const blocking = active.filter(isBlocking);
  const gaps = notEvaluated(report);
  const out: string[] = [];

  out.push(`## ${ICON[report.verdict]} Clausier Guard — ${L.verdict}${L.colon}**${L.verdicts[report.verdict]}**${report.verdict === "pass" && gaps.length ? ` (${L.notEvaluated}${L.colon}${gaps.map((s) => t(s.name)).join(", ")})` : ""}`);
  out.push("");
  const facts = [`${L.blockingCount(blocking.length)}${report.blockAt ? ` (${L.threshold}${L.colon}${L.severities[report.blockAt]})` : ""}`, `${L.exitCode} ${report.exitCode}`];
  if (report.base) facts.push(`${L.base}${L.colon}${t(report.base)}${report.mergeBase ? ` (${L.mergeBase} ${t(report.mergeBase.slice(0, 12))})` : ""}`);
  if (report.filesScanned !== undefined) facts.push(L.filesScanned(report.filesScanned));
  out.push(facts.join(" · "));
  for (const s of failedScanners(report)) out.push("", `> ❌ **${L.failedScanner}${L.colon}${t(s.name)}** — ${t(s.reason ?? "")}`);
  if (gaps.length) {
    out.push("", `> ⚠️ **${L.notEvaluated}** — ${L.notEvaluatedWarning}`);
    for (const s of gaps) out.push(`> - ${t(s.name)}${L.colon}${t(s.reason ?? "")}`);
  }

  out.push("", `### ${L.findingsByClause}`, "");
  if (!report.findings.length) out.push(L.none);
  else {
    out.push(`| ${L.clause} | ${L.blockingPlural} | ${L.nonBlocking} | ${L.waived} |`, "|---|---:|---:|---:|");
    for (const [clause, fs] of groupByClause(report.findings)) {
      const b = fs.filter(isBlocking).length;
      const w = fs.filter((f) => f.waived).length;
      out.push(`| ${t(clause)} | ${b} | ${fs.length - b - w} | ${w} |`);
    }
  }

  if (active.length) {
    out.push("", `### ${L.findings}`, "");
    out.push(...findingTable(active, lang, t));
  }
  if (waived.length) {
    out.push("", `<details><summary>${L.waivedFindings} (${waived.length})</summary>`, "");
    out.push(`| ${L.clause} | ${L.rule} | ${L.location} | ${L.waiverHeader} | ${L.approvedByHeader} | ${L.expiresHeader} | ${L.reasonHeader} |`, "|---|---|---|---|---|---|---|");
    for (const f of waived.slice(0, MAX_MARKDOWN_ROWS)) {
      const w = f.waived!;
      out.push(`| ${t(f.clauses.join(", "))} | ${t(f.rule)} | ${t(locationOf(f))} | ${t(w.id)} (${t(w.cctpReference)}) | ${t(w.approvedBy)} | ${t(w.expires)} | ${t(w.reason)} |`);
    }
    if (waived.length > MAX_MARKDOWN_ROWS) out.push("", L.more(waived.length - MAX_MARKDOWN_ROWS));
    out.push("", "</details>");
  }

  out.push("", `### ${L.scanners}`, "");
  out.push(`| ${L.scanner} | ${L.version} | ${L.status} | ${L.duration} | ${L.reasonHeader} |`, "|---|---|---|---:|---|");
  for (const s of report.scanners) {
    out.push(`| ${t(s.name)} | ${t(s.version)} | ${s.status === "ok" ? "✅" : s.status === "failed" ? "❌" : "⚠️"} ${L.statuses[s.status]} | ${(s.durationMs / 1000).toFixed(1)} s | ${t(s.reason ?? "")} |`);
  }
  out.push("", `<sub>${mdEscape(`${report.tool.name} ${report.tool.version}`)} · ${L.generatedAt} ${mdEscape(report.generatedAt)}</sub>`, "");
  return clean(out.join("\n"));
}

function findingTable(findings: Finding[], lang: "fr" | "en", t: (s: string) => string): string[] {
  const L = labels(lang);
  const rows = [`| ${L.severity} | ${L.clause} | ${L.rule} | ${L.location} | ${L.message} |`, "|---|---|---|---|---|"];
  for (const f of findings.slice(0, MAX_MARKDOWN_ROWS)) {
    const sev = `${isBlocking(f) ? "⛔ " : ""}${L.severities[f.severity]}`;
    const rule = f.scanner ? `${t(f.scanner)} / ${t(f.rule)}` : t(f.rule);
    rows.push(`| ${sev} | ${t(f.clauses.join(", "))} | ${rule} | ${t(locationOf(f))} | ${t(bilingualText(f))} |`);
  }
  if (findings.length > MAX_MARKDOWN_ROWS) rows.push("", L.more(findings.length - MAX_MARKDOWN_ROWS));
  return rows;
}
