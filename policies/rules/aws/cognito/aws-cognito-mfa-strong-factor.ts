import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { bool, get, isBag, str } from "../../../core/props";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-cognito-mfa-strong-factor",
  clauses: ["O-12.3.5", "O-5.4"],
  severity: "medium",
  basis: { kind: "practice" },
  family: "H",
  scope: "saas",
  description: {
    fr: "Un groupe Cognito avec MFA propose un facteur fort (TOTP ou WebAuthn), pas le SMS seul",
    en: "A Cognito pool with MFA offers a strong factor (TOTP or WebAuthn), not SMS only",
  },
  remediation: {
    fr: "Activer `softwareTokenMfaConfiguration: {enabled: true}` ou `webAuthnConfiguration`",
    en: "Enable `softwareTokenMfaConfiguration: {enabled: true}` or `webAuthnConfiguration`",
  },
  types: ["aws:cognito/userPool:UserPool"],
  check(r) {
    const mfa = str(r.props.mfaConfiguration)?.toUpperCase();
    if (mfa !== "ON" && mfa !== "OPTIONAL") return [];
    const totp = bool(get(r.props, "softwareTokenMfaConfiguration.enabled")) === true;
    const webauthn = isBag(r.props.webAuthnConfiguration);
    return totp || webauthn ? [] : [violation(`\`mfaConfiguration\` = ${mfa} sans TOTP (\`softwareTokenMfaConfiguration.enabled\`) ni WebAuthn : SMS seul`, `\`mfaConfiguration\` = ${mfa} without TOTP (\`softwareTokenMfaConfiguration.enabled\`) nor WebAuthn: SMS only`)];
  },
};
