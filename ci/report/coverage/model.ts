// What every human-facing renderer (HTML report, PR comment, check run) shows, computed once:
// overall verdict, clause coverage, the waivers with their state, the scanners that ran.
import type { Finding, Waiver } from "../../../policies/core/model";
import { isExpired } from "../../../policies/core/waivers";
import { decideVerdict, EXIT_CODES, type EvaluateResult, type Result, type ScannerSummary, type Verdict } from "../../result/model";
import { computeCoverage, type Coverage } from "./coverage";

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
  verdict: Verdict;
  coverage: Coverage;
  waivers: WaiverRow[];
  scanners: ScannerSummary[];
  stacks: { name: string; resources: number }[];
  generatedAt: Date;
  inputs: { gate: boolean; evaluate: boolean };
}

export interface ReportInput {
  gate?: Result;
  evaluate?: EvaluateResult[];
  profileWaivers?: Waiver[];
  extraFindings?: Finding[];
  /** Checks that ran outside both reports (`github`: commit signatures). */
  alsoRan?: string[];
  now?: Date;
}


export function buildReportModel(input: ReportInput): ReportModel {
  const now = input.now ?? new Date();
  const coverage = computeCoverage({ gate: input.gate, evaluate: input.evaluate, extraFindings: input.extraFindings, alsoRan: input.alsoRan });

  // The worst of the inputs' verdicts, each recomputed from its findings and scanners.
  const results = [...(input.gate ? [input.gate] : []), ...(input.evaluate ?? [])];
  const verdict = results.map((r) => decideVerdict(r.findings, r.scanners).verdict).reduce<Verdict>((a, b) => (EXIT_CODES[b] > EXIT_CODES[a] ? b : a), "pass");

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
    for (const w of e.waivers) upsert(w, w.status);
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
    stacks: (input.evaluate ?? []).map((e) => ({ name: e.evaluation.stack, resources: e.evaluation.resources })),
    generatedAt: now,
    inputs: { gate: !!input.gate, evaluate: !!input.evaluate && input.evaluate.length > 0 },
  };
}
