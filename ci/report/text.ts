// The console report, for a developer or a security officer: verdict first, findings grouped by
// their first clause, waived findings apart, then the scanners. French by default.
import type { Finding } from "../../policies/core/model";
import { labels } from "./i18n";
import { failedScanners, isBlocking, locationOf, messageText, notEvaluated, sortFindings, type RenderOptions, type Result } from "../result/model";
import { cleaner } from "./redaction";

/** Terminal control sequences in repository text could rewrite what the reader sees. */
function printable(s: string): string {
  return s.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, "\uFFFD").replace(/\r?\n/g, " ");
}

export function renderText(report: Result, opts: RenderOptions = {}): string {
  const clean = cleaner(opts.secrets);
  const lang = opts.lang ?? "fr";
  const L = labels(lang);
  const t = (s: string) => printable(clean(s));
  const sorted = sortFindings(report.findings);
  const active = sorted.filter((f) => !f.waived);
  const waived = sorted.filter((f) => f.waived);
  const blocking = active.filter(isBlocking);
  const gaps = notEvaluated(report);
  const out: string[] = [`${L.title} — ${report.tool.name} ${report.tool.version}`];

  let verdict = `${L.verdict}${L.colon}${L.verdicts[report.verdict]} — ${L.blockingCount(blocking.length)}${report.blockAt ? ` (${L.threshold}${L.colon}${L.severities[report.blockAt]})` : ""} [${L.exitCode} ${report.exitCode}]`;
  if (gaps.length) verdict += ` — ${L.notEvaluated}${L.colon}${gaps.map((s) => t(s.name)).join(", ")}`;
  out.push(verdict);
  for (const s of failedScanners(report)) out.push(`  ✗ ${L.failedScanner}${L.colon}${t(s.name)} — ${t(s.reason ?? "")}`);
  if (gaps.length) {
    out.push(`  ! ${L.notEvaluatedWarning}`);
    for (const s of gaps) out.push(`  ! ${L.notEvaluated}${L.colon}${t(s.name)} — ${t(s.reason ?? "")}`);
  }
  const facts: string[] = [];
  if (report.base) facts.push(`${L.base}${L.colon}${t(report.base)}${report.mergeBase ? ` (${L.mergeBase} ${report.mergeBase.slice(0, 12)})` : ""}`);
  if (report.filesScanned !== undefined) facts.push(L.filesScanned(report.filesScanned));
  if (facts.length) out.push(facts.join(" · "));
  out.push("");

  if (!active.length) out.push(L.none);
  for (const [clause, fs] of byFirstClause(active)) {
    out.push(`${clause} (${fs.length})`);
    for (const f of fs) {
      const tag = isBlocking(f) ? `[${L.blocking.toUpperCase()}]` : "[info]";
      const where = locationOf(f);
      out.push(`  ${tag} ${L.severities[f.severity]} · ${t(f.scanner ? `${f.scanner}/${f.rule}` : f.rule)}${where ? ` · ${t(where)}` : ""}`);
      out.push(`      ${t(messageText(f, lang))}`);
    }
    out.push("");
  }

  if (waived.length) {
    out.push(`${L.waivedFindings} (${waived.length})`);
    for (const f of waived) {
      const w = f.waived!;
      const where = locationOf(f);
      out.push(`  [${L.waivedBy} ${t(w.id)}] ${L.severities[f.severity]} · ${t(f.rule)}${where ? ` · ${t(where)}` : ""}`);
      out.push(`      CCTP ${t(w.cctpReference)} · ${L.approvedBy} ${t(w.approvedBy)} · ${L.expires} ${t(w.expires)} · ${L.reason}${L.colon}${t(w.reason)}`);
    }
    out.push("");
  }

  out.push(`${L.scanners}${L.colon.trimEnd()}`);
  for (const s of report.scanners) {
    out.push(`  ${t(s.name)} ${t(s.version)} — ${L.statuses[s.status]} — ${(s.durationMs / 1000).toFixed(1)} s${s.reason ? ` — ${t(s.reason)}` : ""}`);
  }
  return clean(out.join("\n")) + "\n";
}

function byFirstClause(findings: Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const c = f.clauses[0] ?? "—";
    if (!groups.has(c)) groups.set(c, []);
    groups.get(c)!.push(f);
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true })));
}
