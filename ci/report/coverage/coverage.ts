// Per-clause coverage, derived from the rules: a clause is automated only when an enabled rule
// carries it (rules.ts), and "passed" only when every check covering it ran and found nothing.
// When one of them did not run (scanner failed or not evaluated, no stack evaluated), the clause
// is "not evaluated", never a silent pass. Waived findings keep the clause visible as "waived".
import type { CatalogEntry } from "../../../policies/catalog";
import { severityRank, type Finding, type Severity } from "../../../policies/core/model";
import type { EvaluateResult, Result } from "../../result/model";
import { CLAUSES, normaliseClauseId, type ClauseDef } from "./clauses";
import { GATE_SCANNER } from "../../gate/gate";
import { ruleCatalog, rulesForClause, runnersOf, type Runner } from "./rules";

export const CLAUSE_STATUSES = ["failed", "waived", "passed", "manual", "not-evaluated"] as const;
export type ClauseStatus = (typeof CLAUSE_STATUSES)[number];

/** One rule covering a clause, and whether its check ran in this report. */
export interface RuleCheck {
  entry: CatalogEntry;
  evaluated: boolean;
}

export interface ClauseCoverage {
  clause: ClauseDef;
  status: ClauseStatus;
  /** Findings not covered by a valid waiver, worst first. */
  failed: Finding[];
  waived: Finding[];
  /** Documentary evidence is still needed, whatever the tools say. */
  evidenceRequired: boolean;
  /** The enabled rules that carry the clause, in catalog order; empty when no tool checks it. */
  rules: RuleCheck[];
}

export interface Coverage {
  clauses: ClauseCoverage[];
  counts: Record<ClauseStatus, number>;
  findings: Finding[];
  /** Findings whose clauses are all outside §8 and §12.3–§12.6 (e.g. O-5.3, O-6.5). */
  otherFindings: Finding[];
}

export interface CoverageInput {
  gate?: Result;
  evaluate?: EvaluateResult[];
  /** Findings produced outside both reports (e.g. GitHub commit signatures). */
  extraFindings?: Finding[];
  /** Checks that ran outside both reports, named as scanners (`github` when commit signatures were read). */
  alsoRan?: string[];
}

export function bySeverity(a: Finding, b: Finding): number {
  return severityRank[b.severity] - severityRank[a.severity] || a.rule.localeCompare(b.rule);
}

export function allFindings(input: CoverageInput): Finding[] {
  return [
    ...(input.evaluate ?? []).flatMap((e) => e.findings),
    ...(input.gate?.findings ?? []),
    ...(input.extraFindings ?? []),
  ];
}

/**
 * Whether a rule's runner ran in this report: a scanner with status ok; the pack with a stack
 * evaluated in which that policy was not scoped out by the profile (a disabled policy checked nothing).
 */
export function runnerRan(input: CoverageInput): (r: Runner, rule: string) => boolean {
  const ok = new Set([...(input.gate?.scanners ?? []).filter((s) => s.status === "ok").map((s) => s.name), ...(input.alsoRan ?? [])]);
  // The gate's own rules (unscannable files, waiver hygiene) run whenever the gate produced a report.
  if (input.gate) ok.add(GATE_SCANNER);
  const disabledPerStack = (input.evaluate ?? []).map((e) => new Set(e.evaluation.policyPack.disabled ?? []));
  return (r, rule) => (r.kind === "policy-pack" ? disabledPerStack.some((off) => !off.has(rule)) : ok.has(r.name));
}

export function clauseStatus(c: Pick<ClauseCoverage, "failed" | "waived" | "rules"> & { clause: Pick<ClauseDef, "evidence"> }): ClauseStatus {
  if (c.failed.length) return "failed";
  if (c.waived.length) return "waived";
  if (!c.rules.length) return c.clause.evidence ? "manual" : "not-evaluated";
  return c.rules.every((r) => r.evaluated) ? "passed" : "not-evaluated";
}

export function computeCoverage(input: CoverageInput, catalog = ruleCatalog()): Coverage {
  const findings = allFindings(input);
  const ran = runnerRan(input);
  const known = new Set(CLAUSES.map((c) => c.id));
  const clauses = CLAUSES.map((clause): ClauseCoverage => {
    const mine = findings.filter((f) => f.clauses.some((c) => normaliseClauseId(c) === clause.id));
    const failed = mine.filter((f) => !f.waived).sort(bySeverity);
    const waived = mine.filter((f) => !!f.waived).sort(bySeverity);
    // A rule run by several checks (pack and gate) has run when one of them has.
    const rules = rulesForClause(clause.id, catalog).map((entry) => ({ entry, evaluated: runnersOf(entry).some((r) => ran(r, entry.name)) }));
    const cc = { clause, failed, waived, evidenceRequired: !!clause.evidence, rules };
    return { ...cc, status: clauseStatus(cc) };
  });

  const counts = Object.fromEntries(CLAUSE_STATUSES.map((s) => [s, 0])) as Record<ClauseStatus, number>;
  for (const c of clauses) counts[c.status]++;
  const otherFindings = findings
    .filter((f) => !f.clauses.some((c) => known.has(normaliseClauseId(c))))
    .sort(bySeverity);
  return { clauses, counts, findings, otherFindings };
}

export function severityCounts(findings: Finding[]): Record<Severity, { open: number; waived: number }> {
  const out = { critical: { open: 0, waived: 0 }, high: { open: 0, waived: 0 }, medium: { open: 0, waived: 0 }, low: { open: 0, waived: 0 } };
  for (const f of findings) out[f.severity][f.waived ? "waived" : "open"]++;
  return out;
}
