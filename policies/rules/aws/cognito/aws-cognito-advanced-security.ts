import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { get, str } from "../../../core/props";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-cognito-advanced-security",
  clauses: ["O-12.3.5", "O-5.4"],
  severity: "low",
  basis: { kind: "practice" },
  family: "H",
  scope: "saas",
  description: {
    fr: "La protection contre les menaces de Cognito (authentification adaptative, identifiants compromis) est en mode ENFORCED",
    en: "Cognito threat protection (adaptive authentication, compromised credentials) is in ENFORCED mode",
  },
  remediation: {
    fr: "Fixer `userPoolAddOns.advancedSecurityMode: \"ENFORCED\"`",
    en: "Set `userPoolAddOns.advancedSecurityMode: \"ENFORCED\"`",
  },
  types: ["aws:cognito/userPool:UserPool"],
  check(r) {
    const mode = str(get(r.props, "userPoolAddOns.advancedSecurityMode"));
    return mode?.toUpperCase() === "ENFORCED" ? [] : [violation(`\`userPoolAddOns.advancedSecurityMode\` = ${mode ?? "absent (OFF)"}`, `\`userPoolAddOns.advancedSecurityMode\` = ${mode ?? "absent (OFF)"}`)];
  },
};
