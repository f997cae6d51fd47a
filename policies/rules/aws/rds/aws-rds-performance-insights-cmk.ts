import type { ResourceRule } from "../../../core/rule";
import { bool } from "../../../core/props";
import { cmkViolations } from "../lib/kms";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-rds-performance-insights-cmk",
  clauses: ["O-8.4"],
  severity: "medium",
  basis: { kind: "profile", key: "keys.scope" },
  family: "C",
  scope: "core",
  description: {
    fr: "Performance Insights (qui contient des extraits de requêtes) est chiffré avec une clé KMS maîtrisée",
    en: "Performance Insights (which holds query samples) is encrypted with a customer-managed KMS key",
  },
  remediation: {
    fr: "Fixer `performanceInsightsKmsKeyId` sur une clé KMS de la pile ou autorisée",
    en: "Set `performanceInsightsKmsKeyId` to a KMS key of the stack or an allowed one",
  },
  types: ["aws:rds/instance:Instance", "aws:rds/cluster:Cluster"],
  check(r, ctx) {
    if (bool(r.props.performanceInsightsEnabled) !== true) return [];
    return cmkViolations("performanceInsightsKmsKeyId", r.props.performanceInsightsKmsKeyId, ctx.profile);
  },
};
