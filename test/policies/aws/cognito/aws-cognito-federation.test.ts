import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/cognito/aws-cognito-federation";
import { run } from "../helpers";
import { runResourceRule } from "../../../helpers/policy-harness";

const T = "aws:cognito/identityProvider:IdentityProvider";
describe("aws-cognito-federation", () => {
  it("ignores SAML and social providers", () => expect(run(rule, T, { providerType: "SAML", providerDetails: {} })).toEqual([]));
  it("lists OIDC issuers for the hospital to confirm (advisory)", () => {
    const out = run(rule, T, { providerType: "OIDC", providerDetails: { oidc_issuer: "https://idp.example.org" } });
    expect(out[0].message).toContain("https://idp.example.org");
    expect(out[0].enforcementLevel).toBe("advisory");
  });
  it("accepts an issuer in the profile's pscIssuers and names the others", () => {
    const profile = { pscIssuers: ["https://auth.esw.esante.gouv.fr/auth/realms/esante-wallet"] };
    const psc = runResourceRule(rule, { type: T, props: { providerType: "OIDC", providerDetails: { oidc_issuer: "https://auth.esw.esante.gouv.fr/auth/realms/esante-wallet/" } }, profile });
    expect(psc).toEqual([]);
    const other = runResourceRule(rule, { type: T, props: { providerType: "OIDC", providerDetails: { oidc_issuer: "https://idp.example.org" } }, profile });
    expect(other[0].message).toContain("not in the profile's `pscIssuers`");
  });
});
