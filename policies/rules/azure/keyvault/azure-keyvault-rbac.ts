import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { bool, get } from "../../../core/props";
import { isUnknown, unverified } from "../../../core/unknown";
import { shown } from "../lib/messages";

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-keyvault-rbac",
  clauses: ["O-8.4"],
  severity: "medium",
  basis: { kind: "practice" },
  family: "C",
  scope: "core",
  description: {
    fr: "Les coffres Key Vault utilisent l'autorisation RBAC Entra ID plutôt que les stratégies d'accès",
    en: "Key Vaults use Entra ID RBAC authorisation rather than access policies",
  },
  remediation: {
    fr: "Fixer `properties.enableRbacAuthorization: true` et remplacer `accessPolicies` par des attributions de rôles",
    en: "Set `properties.enableRbacAuthorization: true` and replace `accessPolicies` with role assignments",
  },
  types: ["azure-native:keyvault:Vault"],
  check(r) {
    const v = get(r.props, "properties.enableRbacAuthorization");
    if (isUnknown(v)) return [unverified("properties.enableRbacAuthorization")];
    if (bool(v) === true) return [];
    return [violation(`\`properties.enableRbacAuthorization\` = ${shown(v)} : stratégies d'accès du coffre au lieu du RBAC`, `\`properties.enableRbacAuthorization\` = ${shown(v)}: vault access policies instead of RBAC`)];
  },
};
