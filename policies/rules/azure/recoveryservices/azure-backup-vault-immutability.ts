import { get, str } from "../../../core/props";
import { violation, type ResourceRule } from "../../../core/rule";
import { isUnknown, unverified } from "../../../core/unknown";

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-backup-vault-immutability",
  clauses: ["O-12.3.8"],
  severity: "medium",
  basis: { kind: "practice" },
  family: "G",
  scope: "saas",
  description: {
    fr: "Les coffres de sauvegarde Azure n'ont pas l'immutabilité désactivée",
    en: "Azure backup vaults do not have immutability disabled",
  },
  remediation: { fr: "Mettre securitySettings.immutabilitySettings.state à Unlocked ou Locked", en: "Set securitySettings.immutabilitySettings.state to Unlocked or Locked" },
  types: ["azure-native:recoveryservices:Vault", "azure-native:dataprotection:BackupVault"],
  check(r) {
    const v = get(r.props, "properties.securitySettings.immutabilitySettings.state");
    if (isUnknown(v)) return [unverified("properties.securitySettings.immutabilitySettings.state")];
    return str(v)?.toLowerCase() === "disabled" ? [violation("immutabilité désactivée", "immutability disabled")] : [];
  },
};
