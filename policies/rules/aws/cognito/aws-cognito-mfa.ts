import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { str } from "../../../core/props";
import { classification, isHealthData } from "../lib/health";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-cognito-mfa",
  clauses: ["O-12.3.5", "O-5.4"],
  severity: "high",
  basis: { kind: "clause", text: "Une authentification forte est notamment exigée pour l'accès à des données de santé" },
  family: "H",
  scope: "saas",
  description: {
    fr: "Les groupes d'utilisateurs Cognito donnant accès aux données de santé imposent l'authentification multifacteur",
    en: "Cognito user pools giving access to health data require multi-factor authentication",
  },
  remediation: {
    fr: "Fixer `mfaConfiguration: \"ON\"` ; un pool sans données de santé doit le déclarer par l'étiquette de classification",
    en: "Set `mfaConfiguration: \"ON\"`; a pool without health data must say so with the classification tag",
  },
  types: ["aws:cognito/userPool:UserPool"],
  check(r, ctx) {
    // A pool is presumed to give access to health data unless its classification tag says otherwise.
    if (classification(r, ctx) !== undefined && !isHealthData(r, ctx)) return [];
    const mfa = str(r.props.mfaConfiguration);
    if (mfa?.toUpperCase() === "ON") return [];
    return [violation(`\`mfaConfiguration\` = ${mfa ?? "absent (OFF)"} : MFA non imposée pour l'accès aux données de santé`, `\`mfaConfiguration\` = ${mfa ?? "absent (OFF)"}: MFA not enforced for access to health data`)];
  },
};
