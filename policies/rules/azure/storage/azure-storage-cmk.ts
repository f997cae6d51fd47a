import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { eqi, get } from "../../../core/props";
import { isUnknown, unverified } from "../../../core/unknown";
import { keyRefViolations } from "../lib/cmk";
import { shown } from "../lib/messages";

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-storage-cmk",
  clauses: ["O-8.4"],
  severity: "high",
  basis: { kind: "clause", text: "établir la responsabilité de la gestion des clés de chiffrement" },
  family: "C",
  scope: "core",
  description: {
    fr: "Les comptes de stockage sont chiffrés avec une clé gérée par le client dans un coffre Key Vault autorisé",
    en: "Storage accounts are encrypted with a customer-managed key in an allowed Key Vault",
  },
  remediation: {
    fr: "Fixer `encryption.keySource: \"Microsoft.Keyvault\"` et `encryption.keyVaultProperties.{keyVaultUri,keyName}` vers un coffre de `keys.azureKeyVaultUris`",
    en: "Set `encryption.keySource: \"Microsoft.Keyvault\"` and `encryption.keyVaultProperties.{keyVaultUri,keyName}` to a vault of `keys.azureKeyVaultUris`",
  },
  unknownHandled: ["encryption.keyVaultProperties"],
  types: ["azure-native:storage:StorageAccount"],
  check(r, ctx) {
    const src = get(r.props, "encryption.keySource");
    if (isUnknown(src)) return [unverified("encryption.keySource")];
    if (!eqi(src, "Microsoft.Keyvault")) {
      return [violation(`\`encryption.keySource\` = ${shown(src)} : clé gérée par Microsoft (Microsoft.Storage par défaut), pas une CMK`, `\`encryption.keySource\` = ${shown(src)}: Microsoft-managed key (Microsoft.Storage by default), not a CMK`)];
    }
    return keyRefViolations("encryption.keyVaultProperties.keyVaultUri", get(r.props, "encryption.keyVaultProperties.keyVaultUri"), ctx.profile);
  },
};
