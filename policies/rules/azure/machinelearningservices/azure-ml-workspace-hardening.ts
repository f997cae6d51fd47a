import type { ResourceRule, Violation } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { bool, eqi, get } from "../../../core/props";
import { isUnknown, unverified } from "../../../core/unknown";
import { keyRefViolations } from "../lib/cmk";
import { shown } from "../lib/messages";

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-ml-workspace-hardening",
  clauses: ["O-12.6.4"],
  severity: "high",
  basis: { kind: "practice" },
  family: "I",
  scope: "ai",
  description: {
    fr: "Les espaces de travail Azure Machine Learning sont privés, en mode « impact métier élevé » (HBI) et chiffrés avec une clé gérée par le client",
    en: "Azure Machine Learning workspaces are private, in high business impact (HBI) mode and encrypted with a customer-managed key",
  },
  remediation: {
    fr: "Fixer `publicNetworkAccess: \"Disabled\"`, `hbiWorkspace: true` et `encryption.{status: \"Enabled\", keyVaultProperties.keyIdentifier}` vers un coffre autorisé",
    en: "Set `publicNetworkAccess: \"Disabled\"`, `hbiWorkspace: true` and `encryption.{status: \"Enabled\", keyVaultProperties.keyIdentifier}` to an allowed vault",
  },
  types: ["azure-native:machinelearningservices:Workspace"],
  check(r, ctx) {
    const out: Violation[] = [];
    const pna = r.props.publicNetworkAccess;
    if (isUnknown(pna)) out.push(unverified("publicNetworkAccess"));
    else if (!eqi(pna, "Disabled")) out.push(violation(`\`publicNetworkAccess\` = ${shown(pna)} : espace de travail public (Enabled par défaut)`, `\`publicNetworkAccess\` = ${shown(pna)}: public workspace (Enabled by default)`));
    const hbi = r.props.hbiWorkspace;
    if (isUnknown(hbi)) out.push(unverified("hbiWorkspace"));
    else if (bool(hbi) !== true) out.push(violation(`\`hbiWorkspace\` = ${shown(hbi)} : télémétrie et données de diagnostic non minimisées`, `\`hbiWorkspace\` = ${shown(hbi)}: telemetry and diagnostic data not minimised`));
    const status = get(r.props, "encryption.status");
    if (isUnknown(status)) out.push(unverified("encryption.status"));
    else if (!eqi(status, "Enabled")) out.push(violation(`\`encryption.status\` = ${shown(status)} : pas de clé gérée par le client`, `\`encryption.status\` = ${shown(status)}: no customer-managed key`));
    else out.push(...keyRefViolations("encryption.keyVaultProperties.keyIdentifier", get(r.props, "encryption.keyVaultProperties.keyIdentifier"), ctx.profile));
    return out;
  },
};
