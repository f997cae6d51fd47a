import type { ResourceRule, Violation } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { bool, get } from "../../../core/props";
import { isUnknown, unverified } from "../../../core/unknown";
import { shown } from "../lib/messages";

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-keyvault-hardening",
  clauses: ["O-8.4"],
  severity: "high",
  basis: { kind: "practice" },
  family: "C",
  scope: "core",
  description: {
    fr: "Les coffres Key Vault et HSM managés gardent la suppression réversible et la protection contre la purge (les clés des données ne peuvent être détruites par erreur)",
    en: "Key Vaults and managed HSMs keep soft delete and purge protection (data keys cannot be destroyed by mistake)",
  },
  remediation: {
    fr: "Fixer `properties.enablePurgeProtection: true` et ne pas mettre `properties.enableSoftDelete: false`",
    en: "Set `properties.enablePurgeProtection: true` and do not set `properties.enableSoftDelete: false`",
  },
  types: ["azure-native:keyvault:Vault", "azure-native:keyvault:ManagedHsm"],
  check(r) {
    const out: Violation[] = [];
    const soft = get(r.props, "properties.enableSoftDelete");
    if (isUnknown(soft)) out.push(unverified("properties.enableSoftDelete"));
    else if (bool(soft) === false) out.push(violation("`properties.enableSoftDelete` = false : suppression réversible désactivée", "`properties.enableSoftDelete` = false: soft delete disabled"));
    const purge = get(r.props, "properties.enablePurgeProtection");
    if (isUnknown(purge)) out.push(unverified("properties.enablePurgeProtection"));
    else if (bool(purge) !== true) out.push(violation(`\`properties.enablePurgeProtection\` = ${shown(purge)} : un coffre supprimé peut être purgé avec ses clés`, `\`properties.enablePurgeProtection\` = ${shown(purge)}: a deleted vault can be purged with its keys`));
    return out;
  },
};
