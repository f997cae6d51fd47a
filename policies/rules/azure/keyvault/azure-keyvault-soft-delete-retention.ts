import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { get, num } from "../../../core/props";

const MIN_DAYS = 90;

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-keyvault-soft-delete-retention",
  clauses: ["O-8.4"],
  severity: "low",
  basis: { kind: "practice" },
  family: "C",
  scope: "core",
  description: {
    fr: "La rétention des coffres supprimés est d'au moins 90 jours",
    en: "Deleted vaults are retained for at least 90 days",
  },
  remediation: {
    fr: "Laisser `properties.softDeleteRetentionInDays` à 90 (défaut) ou le supprimer",
    en: "Leave `properties.softDeleteRetentionInDays` at 90 (the default) or remove it",
  },
  types: ["azure-native:keyvault:Vault", "azure-native:keyvault:ManagedHsm"],
  check(r) {
    // Absent means 90 days; an unknown value is left to `pulumi up` (advisory rule).
    const days = num(get(r.props, "properties.softDeleteRetentionInDays"));
    if (days === undefined || days >= MIN_DAYS) return [];
    return [violation(`\`properties.softDeleteRetentionInDays\` = ${days} : moins de ${MIN_DAYS} jours`, `\`properties.softDeleteRetentionInDays\` = ${days}: less than ${MIN_DAYS} days`)];
  },
};
