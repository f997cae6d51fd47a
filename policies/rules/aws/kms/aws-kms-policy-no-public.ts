import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { KMS_KEY_TYPES } from "../lib/keyspec";
import { openToAnyone } from "../lib/policy-doc";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-kms-policy-no-public",
  clauses: ["O-8.4"],
  severity: "high",
  basis: { kind: "clause", text: "établir la responsabilité de la gestion des clés de chiffrement" },
  family: "C",
  scope: "core",
  description: {
    fr: "La politique d'une clé KMS n'accorde pas kms:* à tout principal (« * »)",
    en: "A KMS key policy does not grant kms:* to any principal (\"*\")",
  },
  remediation: {
    fr: "Restreindre `Principal` aux comptes/rôles du titulaire et de l'établissement, ou conditionner l'accès (kms:CallerAccount, aws:PrincipalOrgID)",
    en: "Restrict `Principal` to the vendor's and hospital's accounts/roles, or condition the access (kms:CallerAccount, aws:PrincipalOrgID)",
  },
  types: KMS_KEY_TYPES,
  check(r) {
    const bad = openToAnyone(r.props.policy).filter((s) => s.actions.some((a) => a === "*" || a.toLowerCase() === "kms:*"));
    return bad.length ? [violation("`policy` : une déclaration Allow accorde kms:* à Principal \"*\" sans condition", "`policy`: an Allow statement grants kms:* to Principal \"*\" without a condition")] : [];
  },
};
