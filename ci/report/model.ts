// What every reporter renders: the outcome of one gate run (or of a policy evaluation, which has
// no scanners). Reporters are pure functions of this value; nothing here does I/O.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { severityRank, type Finding, type Lang, type Severity } from "../../policies/core/model";
import type { ScannerStatus } from "../gate/types";

export type Verdict = "pass" | "blocked" | "error";

export const EXIT_CODES: Record<Verdict, 0 | 1 | 2> = { pass: 0, blocked: 1, error: 2 };

export interface ScannerSummary {
  name: string;
  version: string;
  status: ScannerStatus;
  durationMs: number;
  reason?: string;
  findingCount: number;
}

export interface GateReport {
  tool: { name: string; version: string };
  generatedAt: string;
  verdict: Verdict;
  exitCode: 0 | 1 | 2;
  /** Non-waived findings at or above this severity block. */
  blockAt: Severity;
  base?: string;
  mergeBase?: string;
  filesScanned?: number;
  /** Third-party bundles: scanned for secrets and provenance only (ci/gate/bundles.ts). */
  bundles?: { file: string; library?: string; reasons: string[] }[];
  findings: Finding[];
  scanners: ScannerSummary[];
}

/** Options every reporter accepts. */
export interface RenderOptions {
  lang?: Lang;
  /** Known secret values: removed from every string written (defence in depth). */
  secrets?: Iterable<string>;
}

export const TOOL_NAME = "clausier-guard";

let cachedVersion: string | undefined;
export function toolVersion(): string {
  if (cachedVersion === undefined) {
    try {
      cachedVersion = String(JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")).version ?? "0.0.0");
    } catch {
      cachedVersion = "0.0.0";
    }
  }
  return cachedVersion;
}

/** A finding blocks unless waived or disabled, once its severity reaches the threshold. */
export function isBlocking(f: Finding, blockAt: Severity): boolean {
  return !f.waived && f.enforcementLevel !== "disabled" && severityRank[f.severity] >= severityRank[blockAt];
}

export function notEvaluated(r: GateReport): ScannerSummary[] {
  return r.scanners.filter((s) => s.status === "not-evaluated");
}

export function failedScanners(r: GateReport): ScannerSummary[] {
  return r.scanners.filter((s) => s.status === "failed");
}

/** Blocking first, then by severity, clause, file and line: the order a reviewer reads. */
export function sortFindings(findings: Finding[], blockAt: Severity): Finding[] {
  return [...findings].sort((a, b) =>
    Number(isBlocking(b, blockAt)) - Number(isBlocking(a, blockAt)) ||
    Number(!!a.waived) - Number(!!b.waived) ||
    severityRank[b.severity] - severityRank[a.severity] ||
    (a.clauses[0] ?? "").localeCompare(b.clauses[0] ?? "", "en", { numeric: true }) ||
    (a.file ?? "").localeCompare(b.file ?? "") ||
    (a.line ?? 0) - (b.line ?? 0) ||
    a.rule.localeCompare(b.rule));
}

/**
 * Messages built with clauseMessage() read `[clauses] français — EN: english`. Picks one language
 * for outputs that have room for only one; other messages are returned unchanged.
 */
export function localMessage(message: string, lang: Lang): string {
  const at = message.indexOf(" — EN: ");
  if (at < 0) return message;
  const fr = message.slice(0, at);
  if (lang === "fr") return fr;
  const en = message.slice(at + " — EN: ".length);
  // Every leading tag ("[DÉROGATION D-1] [O-8.4] ") belongs to both languages.
  const prefix = /^(?:\[[^\]]*\] )+/.exec(fr)?.[0] ?? "";
  return en.startsWith("[") ? en : prefix + en;
}

/** Where a finding is: `file:line`, the resource name, or nothing. */
export function locationOf(f: Finding): string {
  if (f.file) return f.line ? `${f.file}:${f.line}` : f.file;
  if (f.resource) return f.resource.urn || f.resource.name;
  return "";
}

/** A finding appears under each of its clauses; the groups are in clause order. */
export function groupByClause(findings: Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    for (const c of f.clauses.length ? f.clauses : ["—"]) {
      if (!groups.has(c)) groups.set(c, []);
      groups.get(c)!.push(f);
    }
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true })));
}
