// Per-clause coverage: from the findings of the policy pack and the gate, the status of every
// clause of the catalogue. A clause is only "passed" when a tool that checks it actually ran:
// with the gate report alone, a clause that only cloud policies check is "not evaluated", never a
// silent pass. Waived findings keep the clause visible as "waived", not "passed".
import { severityRank, type Severity } from "../../../policies/core/model";
import { CLAUSES, normaliseClauseId, type CheckSource, type ClauseDef } from "./clauses";
import { gateFindings, policyFindings, type EvaluateReport, type GateReport, type ReportFinding } from "./inputs";

export const CLAUSE_STATUSES = ["failed", "waived", "passed", "manual", "not-evaluated"] as const;
export type ClauseStatus = (typeof CLAUSE_STATUSES)[number];

export interface ClauseCoverage {
  clause: ClauseDef;
  status: ClauseStatus;
  /** Findings not covered by a valid waiver, worst first. */
  failed: ReportFinding[];
  waived: ReportFinding[];
  /** Documentary evidence is still needed, whatever the tools say. */
  evidenceRequired: boolean;
  /** Which of the clause's check sources ran in this report. */
  evaluatedBy: CheckSource[];
}

export interface Coverage {
  clauses: ClauseCoverage[];
  counts: Record<ClauseStatus, number>;
  findings: ReportFinding[];
  /** Findings whose clauses are all outside §8 and §12.3–§12.6 (e.g. O-5.3, O-6.5). */
  otherFindings: ReportFinding[];
  sourcesRun: CheckSource[];
}

export interface CoverageInput {
  gate?: GateReport;
  evaluate?: EvaluateReport[];
  /** Findings produced outside both reports (e.g. GitHub commit signatures). */
  extraFindings?: ReportFinding[];
}

export function bySeverity(a: ReportFinding, b: ReportFinding): number {
  return severityRank[b.severity] - severityRank[a.severity] || a.rule.localeCompare(b.rule);
}

/** A gate whose scanners all failed has checked nothing, whatever its findings list says. */
function gateRan(gate: GateReport): boolean {
  if (gate.scanners.length === 0) return gate.verdict !== "error";
  return gate.scanners.some((s) => s.status === "ok");
}

export function allFindings(input: CoverageInput): ReportFinding[] {
  return [
    ...(input.evaluate ? policyFindings(input.evaluate) : []),
    ...(input.gate ? gateFindings(input.gate) : []),
    ...(input.extraFindings ?? []),
  ];
}

export function computeCoverage(input: CoverageInput): Coverage {
  const findings = allFindings(input);
  const sourcesRun: CheckSource[] = [];
  if (input.evaluate && input.evaluate.length > 0) sourcesRun.push("policy");
  if ((input.gate && gateRan(input.gate)) || (input.extraFindings && input.extraFindings.length > 0)) sourcesRun.push("gate");

  const known = new Set(CLAUSES.map((c) => c.id));
  const clauses = CLAUSES.map((clause): ClauseCoverage => {
    const mine = findings.filter((f) => f.clauses.some((c) => normaliseClauseId(c) === clause.id));
    const failed = mine.filter((f) => !f.waived).sort(bySeverity);
    const waived = mine.filter((f) => !!f.waived).sort(bySeverity);
    const evaluatedBy = [...new Set(clause.checks.map((c) => c.source))].filter((s) => sourcesRun.includes(s));
    let status: ClauseStatus;
    if (failed.length) status = "failed";
    else if (waived.length) status = "waived";
    else if (evaluatedBy.length) status = "passed";
    else if (clause.evidence) status = "manual";
    else status = "not-evaluated";
    return { clause, status, failed, waived, evidenceRequired: !!clause.evidence, evaluatedBy };
  });

  const counts = Object.fromEntries(CLAUSE_STATUSES.map((s) => [s, 0])) as Record<ClauseStatus, number>;
  for (const c of clauses) counts[c.status]++;
  const otherFindings = findings
    .filter((f) => !f.clauses.some((c) => known.has(normaliseClauseId(c))))
    .sort(bySeverity);
  return { clauses, counts, findings, otherFindings, sourcesRun };
}

export function severityCounts(findings: ReportFinding[]): Record<Severity, { open: number; waived: number }> {
  const out = { critical: { open: 0, waived: 0 }, high: { open: 0, waived: 0 }, medium: { open: 0, waived: 0 }, low: { open: 0, waived: 0 } };
  for (const f of findings) out[f.severity][f.waived ? "waived" : "open"]++;
  return out;
}
