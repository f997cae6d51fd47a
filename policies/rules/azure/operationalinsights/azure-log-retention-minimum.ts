import { num } from "../../../core/props";
import { violation, type ResourceRule } from "../../../core/rule";

/** Log Analytics keeps 30 days when retentionInDays is not set. */
const WORKSPACE_DEFAULT_DAYS = 30;

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-log-retention-minimum",
  clauses: ["O-6.5"],
  severity: "medium",
  basis: { kind: "profile", key: "logRetentionDays.min" },
  family: "F",
  scope: "core",
  description: {
    fr: "Les espaces Log Analytics conservent les traces au moins la durée minimale du profil",
    en: "Log Analytics workspaces keep traces at least the profile's minimum duration",
  },
  remediation: { fr: "Porter retentionInDays à logRetentionDays.min ou plus", en: "Raise retentionInDays to logRetentionDays.min or more" },
  types: ["azure-native:operationalinsights:Workspace"],
  check(r, ctx) {
    const v = r.props.retentionInDays;
    const days = v === undefined ? WORKSPACE_DEFAULT_DAYS : num(v);
    const { min } = ctx.profile.logRetentionDays;
    return min !== undefined && days !== undefined && days < min ? [violation(`rétention ${days} jours < minimum ${min}`, `retention ${days} days < minimum ${min}`)] : [];
  },
};
