// What every human-facing renderer (HTML report, PR comment, check run) shows, computed once:
// overall verdict, clause coverage, the waivers with their state, the scanners that ran.
import type { Waiver } from "../../../policies/core/model";
import { computeCoverage, type Coverage } from "./coverage";
import type { EvaluateReport, GateReport, GateVerdict, ReportFinding, ScannerJson } from "./inputs";

export type WaiverState = "valid" | "expired" | "unknown-approver" | "unused";

export interface WaiverRow {
  id: string;
  cctpReference: string;
  approvedBy: string;
  expires: string;
  reason: string;
  state: WaiverState;
  /** Findings of this report the waiver covers. */
  covers: number;
}

export interface ReportModel {
  verdict: GateVerdict;
  coverage: Coverage;
  waivers: WaiverRow[];
  scanners: ScannerJson[];
  stacks: { name: string; resources: number }[];
  generatedAt: Date;
  inputs: { gate: boolean; evaluate: boolean };
}

export interface ReportInput {
  gate?: GateReport;
  evaluate?: EvaluateReport[];
  profileWaivers?: Waiver[];
  extraFindings?: ReportFinding[];
  /** Checks that ran outside both reports (`github`: commit signatures). */
  alsoRan?: string[];
  now?: Date;
}

/** A waiver is valid through the whole day of its expiry date (UTC), as in policies/core/waivers.ts. */
export function isExpired(expires: string, now: Date): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(expires)) return false;
  return now.getTime() > Date.parse(`${expires}T23:59:59Z`);
}

function evaluateVerdict(reports: EvaluateReport[]): GateVerdict {
  const blocking = reports.some((r) => r.violations.some((v) => !v.waived && v.enforcementLevel === "mandatory"));
  return blocking ? "blocked" : "pass";
}

const rank: Record<GateVerdict, number> = { pass: 0, blocked: 1, error: 2 };

export function buildReportModel(input: ReportInput): ReportModel {
  const now = input.now ?? new Date();
  const coverage = computeCoverage({ gate: input.gate, evaluate: input.evaluate, extraFindings: input.extraFindings, alsoRan: input.alsoRan });

  const verdicts: GateVerdict[] = [];
  if (input.gate) verdicts.push(input.gate.verdict);
  if (input.evaluate && input.evaluate.length) verdicts.push(evaluateVerdict(input.evaluate));
  const verdict = verdicts.reduce<GateVerdict>((a, b) => (rank[b] > rank[a] ? b : a), "pass");

  const rows = new Map<string, WaiverRow>();
  const upsert = (w: { id: string; cctpReference?: string; approvedBy?: string; expires?: string; reason?: string }, state?: WaiverState) => {
    const prev = rows.get(w.id);
    const row: WaiverRow = prev ?? { id: w.id, cctpReference: "", approvedBy: "", expires: "", reason: "", state: "valid", covers: 0 };
    row.cctpReference ||= w.cctpReference ?? "";
    row.approvedBy ||= w.approvedBy ?? "";
    row.expires ||= w.expires ?? "";
    row.reason ||= w.reason ?? "";
    if (state && state !== "valid") row.state = state;
    rows.set(w.id, row);
    return row;
  };
  for (const w of input.profileWaivers ?? []) upsert(w);
  for (const e of input.evaluate ?? []) {
    for (const w of e.waivers) {
      const problem = w.problem ?? w.status;
      upsert(w, problem === "expired" || problem === "unknown-approver" || problem === "unused" ? problem : undefined);
    }
  }
  for (const f of coverage.findings) if (f.waived) upsert(f.waived).covers++;
  for (const row of rows.values()) {
    if (isExpired(row.expires, now)) row.state = "expired";
    else if (row.state === "unused" && row.covers > 0) row.state = "valid";
  }

  return {
    verdict,
    coverage,
    waivers: [...rows.values()].sort((a, b) => a.id.localeCompare(b.id)),
    scanners: input.gate?.scanners ?? [],
    stacks: (input.evaluate ?? []).map((e) => ({ name: e.stack, resources: e.resources })),
    generatedAt: now,
    inputs: { gate: !!input.gate, evaluate: !!input.evaluate && input.evaluate.length > 0 },
  };
}
