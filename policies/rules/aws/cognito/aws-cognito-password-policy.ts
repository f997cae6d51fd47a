import type { ResourceRule } from "../../../core/rule";
import { violation, type Violation } from "../../../core/rule";
import { bool, get, isBag, num } from "../../../core/props";

const CLASSES = ["requireLowercase", "requireUppercase", "requireNumbers", "requireSymbols"];

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-cognito-password-policy",
  clauses: ["O-5.1"],
  severity: "medium",
  basis: { kind: "practice" },
  family: "H",
  scope: "saas",
  description: {
    fr: "La politique de mot de passe Cognito exige 12 caractères et 4 classes (profil CNIL, délibération 2022-100)",
    en: "The Cognito password policy requires 12 characters and 4 character classes (CNIL deliberation 2022-100 profile)",
  },
  remediation: {
    fr: "`passwordPolicy: {minimumLength: 12, requireLowercase: true, requireUppercase: true, requireNumbers: true, requireSymbols: true}`",
    en: "`passwordPolicy: {minimumLength: 12, requireLowercase: true, requireUppercase: true, requireNumbers: true, requireSymbols: true}`",
  },
  types: ["aws:cognito/userPool:UserPool"],
  check(r) {
    const pp = r.props.passwordPolicy;
    // Without a policy Cognito uses 8 characters with all four classes.
    const min = isBag(pp) ? num(get(pp, "minimumLength")) : 8;
    const out: Violation[] = [];
    if (min === undefined || min < 12) out.push(violation(`\`passwordPolicy.minimumLength\` = ${min ?? "absent (8)"} (< 12)`, `\`passwordPolicy.minimumLength\` = ${min ?? "absent (8)"} (< 12)`));
    if (isBag(pp)) {
      const missing = CLASSES.filter((c) => bool(pp[c]) !== true);
      if (missing.length) out.push(violation(`classes de caractères non exigées : ${missing.join(", ")}`, `character classes not required: ${missing.join(", ")}`));
    }
    return out;
  },
};
