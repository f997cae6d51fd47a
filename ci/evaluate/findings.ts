// A policy diagnostic, from either engine, as a finding of the one result model: decoded once
// here, so our analyzer client and the Pulumi CLI give the same findings.
import type { EnforcementLevel, Finding, ResourceRef, Severity, View } from "../../policies/core/model";
import { SEVERITIES } from "../../policies/core/model";
import { decodeViolation } from "../../policies/core/violation-codec";

export interface PolicyDiagnosticLike {
  policyName: string;
  policyPackName: string;
  message: string;
  enforcementLevel: string;
  severity?: string;
}

/** "remediate" (a level @pulumi/policy knows) blocks like mandatory; anything else unknown is advisory. */
function enforcementOf(level: string): EnforcementLevel {
  if (level === "mandatory" || level === "remediate") return "mandatory";
  return level === "disabled" ? "disabled" : "advisory";
}

/** Another pack's severity may be missing: treated as high, never as noise. */
function severityOf(s: string | undefined): Severity {
  return (SEVERITIES as readonly string[]).includes(s ?? "") ? (s as Severity) : "high";
}

/** `view`: how the engine saw the values; the pack's own statement, when it makes one, wins. */
export function policyFinding(d: PolicyDiagnosticLike, resource: ResourceRef | null, stack: string, view: View): Finding {
  const decoded = decodeViolation(d.message);
  const f: Finding = {
    source: "policy",
    rule: d.policyName,
    // Another pack's plain message claims no clause: nothing is read back out of prose.
    clauses: decoded?.clauses ?? [],
    severity: decoded?.severity ?? severityOf(d.severity),
    enforcementLevel: enforcementOf(d.enforcementLevel),
    message: decoded?.message ?? { fr: d.message, en: d.message },
    resource,
    stack,
    scanner: `pulumi-policy:${d.policyPackName}`,
    view: decoded?.view ?? view,
  };
  if (decoded?.waiver) f.waived = decoded.waiver;
  if (decoded?.unknown) f.unknown = decoded.unknown;
  return f;
}
