import { num } from "../../../core/props";
import { violation, type ResourceRule } from "../../../core/rule";
import { isUnknown } from "../../../core/unknown";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-log-retention-bounded",
  clauses: ["O-6.5"],
  severity: "high",
  family: "F",
  scope: "core",
  description: {
    fr: "Les groupes de journaux CloudWatch expirent, au plus tard à la durée maximale du profil (purge des traces)",
    en: "CloudWatch log groups expire, at the latest after the profile's maximum duration (trace purge)",
  },
  remediation: {
    fr: "Fixer retentionInDays entre logRetentionDays.min et logRetentionDays.max (par défaut 180 à 365 jours)",
    en: "Set retentionInDays between logRetentionDays.min and logRetentionDays.max (default 180 to 365 days)",
  },
  types: ["aws:cloudwatch/logGroup:LogGroup"],
  check(r, ctx) {
    const v = r.props.retentionInDays;
    if (isUnknown(v)) return [violation("retentionInDays inconnu pendant la prévisualisation", "retentionInDays unknown during preview")];
    const days = num(v) ?? 0;
    if (days === 0) return [violation("journaux conservés sans limite (retentionInDays absent ou 0)", "logs kept forever (retentionInDays absent or 0)")];
    const { max } = ctx.profile.logRetentionDays;
    return days > max ? [violation(`rétention ${days} jours > maximum ${max}`, `retention ${days} days > maximum ${max}`)] : [];
  },
};
