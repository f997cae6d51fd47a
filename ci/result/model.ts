// The one result model: what `evaluate` and `gate` return and every renderer reads. Inputs →
// findings → this value → renderers. The verdict, the blocking rule and the exit codes live here
// and nowhere else. Nothing here does I/O except reading the tool's own version once.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { severityRank, type Bilingual, type EnforcementLevel, type Finding, type Lang, type Severity, type View, type WaiverRef } from "../../policies/core/model";

export type Verdict = "pass" | "blocked" | "error";
export type ExitCode = 0 | 1 | 2;
export const EXIT_CODES: Record<Verdict, ExitCode> = { pass: 0, blocked: 1, error: 2 };

export type ScannerStatus = "ok" | "failed" | "not-evaluated";

/** What verified the findings: a gate scanner, or the policy pack of an evaluation. */
export interface ScannerSummary {
  name: string;
  version: string;
  status: ScannerStatus;
  durationMs: number;
  reason?: string;
  findingCount: number;
}

/** A profile waiver as an evaluation lists it, with its status on the evaluation date. */
export interface WaiverListing extends WaiverRef {
  status: "valid" | "expired" | "unknown-approver";
}

/** What an evaluation ran on. */
export interface Evaluation {
  stack: string;
  project: string;
  /** The program folder, or the state file of `audit`. */
  program: string;
  resources: number;
  /** `disabled`: our pack's policies the profile scoped out; they did not run. */
  policyPack: { name: string; version: string; policies: number; disabled?: string[] };
  durationMs: { program: number; packStart: number; analysis: number };
  view: View;
  /** What the reader must know about how far the evaluation can be trusted (0 resources, approximations). */
  warnings: Bilingual[];
  /** What failed: the evaluation is incomplete (exit 2) and the findings are what was found before. */
  errors: string[];
}

export interface Result {
  kind: "gate" | "evaluate";
  tool: { name: string; version: string };
  generatedAt: string;
  verdict: Verdict;
  exitCode: ExitCode;
  /** Findings at or above this severity are mandatory (gate: profile.gate.blockAt). */
  blockAt?: Severity;
  base?: string;
  mergeBase?: string;
  filesScanned?: number;
  /** Third-party bundles: scanned for secrets and provenance only (ci/gate/bundles.ts). */
  bundles?: { file: string; library?: string; reasons: string[] }[];
  evaluation?: Evaluation;
  /** evaluate: every profile waiver with its status (the gate reports waiver problems as findings). */
  waivers?: WaiverListing[];
  findings: Finding[];
  scanners: ScannerSummary[];
}

/** What `evaluate` and `audit` return: a result that says what it evaluated. */
export type EvaluateResult = Result & { kind: "evaluate"; evaluation: Evaluation; waivers: WaiverListing[] };

/** Options every renderer accepts. */
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

/** The one blocking rule: a mandatory finding blocks unless a valid waiver covers it. */
export function isBlocking(f: Pick<Finding, "enforcementLevel" | "waived">): boolean {
  return f.enforcementLevel === "mandatory" && !f.waived;
}

/**
 * The gate's enforcement of a finding. A scanner says "mandatory" (blocks at or above the
 * profile's blockAt), "advisory" (a note that never blocks) or "disabled"; the gate lowers a
 * mandatory finding below blockAt, or waived, to advisory. Nothing raises a finding.
 */
export function gateEnforcement(f: Pick<Finding, "enforcementLevel" | "severity" | "waived">, blockAt: Severity): EnforcementLevel {
  if (f.enforcementLevel !== "mandatory") return f.enforcementLevel;
  return !f.waived && severityRank[f.severity] >= severityRank[blockAt] ? "mandatory" : "advisory";
}

/**
 * The one verdict: error (exit 2) when a scanner failed, whatever else was found (an incomplete
 * scan never reads as a pass); blocked (exit 1) when a finding blocks; pass (exit 0) otherwise.
 * A scanner "not-evaluated" does not fail the run, but every output lists it next to the verdict.
 */
export function decideVerdict(findings: Finding[], scanners: Pick<ScannerSummary, "status">[]): { verdict: Verdict; exitCode: ExitCode } {
  const verdict: Verdict = scanners.some((s) => s.status === "failed") ? "error" : findings.some(isBlocking) ? "blocked" : "pass";
  return { verdict, exitCode: EXIT_CODES[verdict] };
}

export function notEvaluated(r: Pick<Result, "scanners">): ScannerSummary[] {
  return r.scanners.filter((s) => s.status === "not-evaluated");
}

export function failedScanners(r: Pick<Result, "scanners">): ScannerSummary[] {
  return r.scanners.filter((s) => s.status === "failed");
}

/** Blocking first, then by severity, clause, file and line: the order a reviewer reads. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) =>
    Number(isBlocking(b)) - Number(isBlocking(a)) ||
    Number(!!a.waived) - Number(!!b.waived) ||
    severityRank[b.severity] - severityRank[a.severity] ||
    (a.clauses[0] ?? "").localeCompare(b.clauses[0] ?? "", "en", { numeric: true }) ||
    (a.file ?? "").localeCompare(b.file ?? "") ||
    (a.line ?? 0) - (b.line ?? 0) ||
    a.rule.localeCompare(b.rule));
}

/** The message in one language, with its clause ids in front (`[O-8.1] …`), as every output shows it. */
export function messageText(f: Pick<Finding, "clauses" | "message">, lang: Lang): string {
  return f.clauses.length ? `[${f.clauses.join(", ")}] ${f.message[lang]}` : f.message[lang];
}

/** Both languages, for outputs that have room for them: `[O-8.1] français — EN: english`. */
export function bilingualText(f: Pick<Finding, "clauses" | "message">): string {
  return f.message.fr === f.message.en ? messageText(f, "fr") : `${messageText(f, "fr")} — EN: ${f.message.en}`;
}

/** Where a finding is: `file:line`, the resource URN (or name), or nothing. */
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
