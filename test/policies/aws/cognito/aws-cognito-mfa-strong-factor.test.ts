import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/cognito/aws-cognito-mfa-strong-factor";
import { run } from "../helpers";

const T = "aws:cognito/userPool:UserPool";
describe("aws-cognito-mfa-strong-factor", () => {
  it("passes TOTP or WebAuthn, and pools without MFA (another rule)", () => {
    expect(run(rule, T, { mfaConfiguration: "ON", softwareTokenMfaConfiguration: { enabled: true } })).toEqual([]);
    expect(run(rule, T, { mfaConfiguration: "ON", webAuthnConfiguration: { relyingPartyId: "x.example.org", userVerification: "required" } })).toEqual([]);
    expect(run(rule, T, {})).toEqual([]);
  });
  it("fails SMS-only MFA, medium", () => {
    const out = run(rule, T, { mfaConfiguration: "ON", smsConfiguration: { externalId: "e", snsCallerArn: "a" } });
    expect(out[0].severity).toBe("medium");
    expect(out[0].message).toContain("SMS");
  });
});
