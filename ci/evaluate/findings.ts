// Policy violations as findings of the shared model, so the gate's reporters render them too.
import type { Finding } from "../../policies/core/model";
import type { EvaluateResult } from "./evaluate";

export function policyFindings(r: EvaluateResult): Finding[] {
  return r.violations.map((v) => ({
    source: "policy" as const,
    rule: v.policy,
    clauses: v.clauses,
    severity: v.severity || "medium",
    enforcementLevel: v.enforcementLevel === "remediate" ? "mandatory" : v.enforcementLevel,
    message: v.message,
    resource: v.resource,
    scanner: `pulumi-policy:${r.policyPack.name}`,
    ...(v.waived ? { waived: v.waived } : {}),
  }));
}
