import { num } from "../../../core/props";
import { violation, type ResourceRule } from "../../../core/rule";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-log-retention-minimum",
  clauses: ["O-6.5"],
  severity: "medium",
  basis: { kind: "profile", key: "logRetentionDays.min" },
  family: "F",
  scope: "core",
  description: {
    fr: "Les groupes de journaux CloudWatch conservent les traces au moins la durée minimale du profil",
    en: "CloudWatch log groups keep traces at least the profile's minimum duration",
  },
  remediation: { fr: "Porter retentionInDays à logRetentionDays.min ou plus", en: "Raise retentionInDays to logRetentionDays.min or more" },
  types: ["aws:cloudwatch/logGroup:LogGroup"],
  check(r, ctx) {
    // Absent, 0 and unknown are aws-log-retention-bounded's findings; without a CCTP minimum there is nothing to compare.
    const days = num(r.props.retentionInDays);
    const { min } = ctx.profile.logRetentionDays;
    return min !== undefined && days !== undefined && days > 0 && days < min ? [violation(`rétention ${days} jours < minimum ${min}`, `retention ${days} days < minimum ${min}`)] : [];
  },
};
