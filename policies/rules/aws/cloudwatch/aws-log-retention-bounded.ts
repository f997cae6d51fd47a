import { num } from "../../../core/props";
import { violation, type ResourceRule } from "../../../core/rule";
import { isUnknown, unverified } from "../../../core/unknown";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-log-retention-bounded",
  clauses: ["O-6.5"],
  severity: "high",
  basis: { kind: "profile", key: "logRetentionDays.max" },
  family: "F",
  scope: "core",
  description: {
    fr: "Les groupes de journaux CloudWatch expirent, au plus tard à la durée maximale du profil (purge des traces)",
    en: "CloudWatch log groups expire, at the latest after the profile's maximum duration (trace purge)",
  },
  remediation: {
    fr: "Fixer retentionInDays au plus à logRetentionDays.max (durée de rétention légale fixée par le CCTP, à reporter dans le profil)",
    en: "Set retentionInDays to logRetentionDays.max at most (the legal retention the CCTP sets, to copy into the profile)",
  },
  types: ["aws:cloudwatch/logGroup:LogGroup"],
  check(r, ctx) {
    const v = r.props.retentionInDays;
    if (isUnknown(v)) return [unverified("retentionInDays")];
    const days = num(v) ?? 0;
    if (days === 0) return [violation("journaux conservés sans limite (retentionInDays absent ou 0)", "logs kept forever (retentionInDays absent or 0)")];
    const { max } = ctx.profile.logRetentionDays;
    return max !== undefined && days > max ? [violation(`rétention ${days} jours > maximum ${max}`, `retention ${days} days > maximum ${max}`)] : [];
  },
};
