import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { isUnknown, unverified } from "../../../core/unknown";

/** Built-in role definition ids (the same GUID in every tenant). */
const ADMIN_ROLES: Record<string, string> = {
  "8e3af657-a8ff-443c-a75c-2fe8c4bcb635": "Owner",
  "b24988ac-6180-42a0-ab88-20f7382dd24c": "Contributor",
};

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-rbac-no-owner-contributor",
  clauses: ["O-12.3.12"],
  severity: "high",
  basis: { kind: "practice" },
  family: "D",
  scope: "saas",
  description: {
    fr: "Aucune attribution de rôle Owner ou Contributor (droits d'administration étendus) n'est déclarée sans dérogation",
    en: "No Owner or Contributor role assignment (broad administration rights) is declared without a waiver",
  },
  remediation: {
    fr: "Attribuer un rôle intégré ou personnalisé limité au besoin (moindre privilège), ou déclarer une dérogation approuvée pour l'administrateur concerné",
    en: "Assign a built-in or custom role limited to the need (least privilege), or declare an approved waiver for that administrator",
  },
  types: ["azure-native:authorization:RoleAssignment"],
  check(r) {
    const id = r.props.roleDefinitionId;
    if (isUnknown(id)) return [unverified("roleDefinitionId")];
    if (typeof id !== "string") return [];
    const guid = id.trim().toLowerCase().split("/").pop() ?? "";
    const role = ADMIN_ROLES[guid];
    if (!role) return [];
    const who = typeof r.props.principalId === "string" ? r.props.principalId : "(inconnu/unknown)";
    return [violation(`\`roleDefinitionId\` = ${role} attribué au principal ${who}`, `\`roleDefinitionId\` = ${role} assigned to principal ${who}`)];
  },
};
