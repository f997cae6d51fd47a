import type { ResourceRule, Violation } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { eqi, get } from "../../../core/props";
import { isUnknown, unverified } from "../../../core/unknown";
import { keyRefViolations } from "../lib/cmk";
import { isHealthTagged } from "../lib/health";
import { shown } from "../lib/messages";

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-backup-vault-cmk",
  clauses: ["O-8.4"],
  severity: "medium",
  basis: { kind: "clause", text: "établir la responsabilité de la gestion des clés de chiffrement" },
  family: "C",
  scope: "core",
  description: {
    fr: "Les coffres de sauvegarde de données de santé chiffrent les sauvegardes avec une clé gérée par le client",
    en: "Backup vaults holding health data encrypt backups with a customer-managed key",
  },
  remediation: {
    fr: "Recovery Services : `properties.encryption.keyVaultProperties.keyUri` ; Data Protection : `properties.securitySettings.encryptionSettings.{state: \"Enabled\", keyVaultProperties.keyUri}` vers un coffre autorisé",
    en: "Recovery Services: `properties.encryption.keyVaultProperties.keyUri`; Data Protection: `properties.securitySettings.encryptionSettings.{state: \"Enabled\", keyVaultProperties.keyUri}` to an allowed vault",
  },
  types: ["azure-native:recoveryservices:Vault", "azure-native:dataprotection:BackupVault"],
  check(r, ctx) {
    // Health scope only; untagged vaults are flagged by the classification rule.
    if (!isHealthTagged(r, ctx)) return [];
    if (r.type === "azure-native:recoveryservices:Vault") {
      return keyRefViolations("properties.encryption.keyVaultProperties.keyUri", get(r.props, "properties.encryption.keyVaultProperties.keyUri"), ctx.profile);
    }
    const base = "properties.securitySettings.encryptionSettings";
    const state = get(r.props, `${base}.state`);
    const out: Violation[] = [];
    if (isUnknown(state)) out.push(unverified(`${base}.state`));
    else if (!eqi(state, "Enabled")) out.push(violation(`\`${base}.state\` = ${shown(state)} : sauvegardes sans CMK`, `\`${base}.state\` = ${shown(state)}: backups without a CMK`));
    else out.push(...keyRefViolations(`${base}.keyVaultProperties.keyUri`, get(r.props, `${base}.keyVaultProperties.keyUri`), ctx.profile));
    return out;
  },
};
