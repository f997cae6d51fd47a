import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/cognito/aws-cognito-federation";
import { run } from "../helpers";

const T = "aws:cognito/identityProvider:IdentityProvider";
describe("aws-cognito-federation", () => {
  it("ignores SAML and social providers", () => expect(run(rule, T, { providerType: "SAML", providerDetails: {} })).toEqual([]));
  it("lists OIDC issuers for the hospital to confirm (advisory)", () => {
    const out = run(rule, T, { providerType: "OIDC", providerDetails: { oidc_issuer: "https://idp.example.org" } });
    expect(out[0].message).toContain("https://idp.example.org");
    expect(out[0].enforcementLevel).toBe("advisory");
  });
});
