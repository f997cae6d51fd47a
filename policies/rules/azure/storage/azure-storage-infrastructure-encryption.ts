import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { bool, get } from "../../../core/props";
import { shown } from "../lib/messages";

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-storage-infrastructure-encryption",
  clauses: ["O-8.4"],
  severity: "low",
  basis: { kind: "practice" },
  family: "C",
  scope: "core",
  description: {
    fr: "Les comptes de stockage activent le double chiffrement d'infrastructure",
    en: "Storage accounts enable double (infrastructure) encryption",
  },
  remediation: {
    fr: "Fixer `encryption.requireInfrastructureEncryption: true` (à la création du compte)",
    en: "Set `encryption.requireInfrastructureEncryption: true` (at account creation)",
  },
  types: ["azure-native:storage:StorageAccount"],
  check(r) {
    const v = get(r.props, "encryption.requireInfrastructureEncryption");
    // Advisory: an unknown value is reported like a missing one.
    if (bool(v) === true) return [];
    return [violation(`\`encryption.requireInfrastructureEncryption\` = ${shown(v)} : pas de double chiffrement`, `\`encryption.requireInfrastructureEncryption\` = ${shown(v)}: no double encryption`)];
  },
};
