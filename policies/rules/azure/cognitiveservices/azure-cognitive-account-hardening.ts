import type { ResourceRule, Violation } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { eqi, get } from "../../../core/props";
import { isUnknown, unverified } from "../../../core/unknown";
import { keyRefViolations } from "../lib/cmk";
import { shown } from "../lib/messages";

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-cognitive-account-hardening",
  clauses: ["O-12.6.4"],
  severity: "high",
  basis: { kind: "practice" },
  family: "I",
  scope: "ai",
  description: {
    fr: "Les comptes Cognitive Services / Azure OpenAI sont privés et chiffrés avec une clé gérée par le client",
    en: "Cognitive Services / Azure OpenAI accounts are private and encrypted with a customer-managed key",
  },
  remediation: {
    fr: "Fixer `properties.publicNetworkAccess: \"Disabled\"` (point de terminaison privé) et `properties.encryption.{keySource: \"Microsoft.KeyVault\", keyVaultProperties.keyVaultUri}` vers un coffre autorisé",
    en: "Set `properties.publicNetworkAccess: \"Disabled\"` (private endpoint) and `properties.encryption.{keySource: \"Microsoft.KeyVault\", keyVaultProperties.keyVaultUri}` to an allowed vault",
  },
  types: ["azure-native:cognitiveservices:Account"],
  check(r, ctx) {
    const out: Violation[] = [];
    const pna = get(r.props, "properties.publicNetworkAccess");
    if (isUnknown(pna)) out.push(unverified("properties.publicNetworkAccess"));
    else if (!eqi(pna, "Disabled")) out.push(violation(`\`properties.publicNetworkAccess\` = ${shown(pna)} : point de terminaison public (Enabled par défaut)`, `\`properties.publicNetworkAccess\` = ${shown(pna)}: public endpoint (Enabled by default)`));
    const src = get(r.props, "properties.encryption.keySource");
    if (isUnknown(src)) out.push(unverified("properties.encryption.keySource"));
    else if (!eqi(src, "Microsoft.KeyVault")) out.push(violation(`\`properties.encryption.keySource\` = ${shown(src)} : clé gérée par Microsoft, pas une CMK`, `\`properties.encryption.keySource\` = ${shown(src)}: Microsoft-managed key, not a CMK`));
    else out.push(...keyRefViolations("properties.encryption.keyVaultProperties.keyVaultUri", get(r.props, "properties.encryption.keyVaultProperties.keyVaultUri"), ctx.profile));
    return out;
  },
};
