import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/cognito/aws-cognito-mfa";
import { HEALTH_TAGS, run } from "../helpers";

const T = "aws:cognito/userPool:UserPool";
describe("aws-cognito-mfa", () => {
  it("passes MFA ON, and pools declared without health data", () => {
    expect(run(rule, T, { mfaConfiguration: "ON", tags: HEALTH_TAGS })).toEqual([]);
    expect(run(rule, T, { mfaConfiguration: "OFF", tags: { "data-classification": "public" } })).toEqual([]);
  });
  it("fails MFA off or optional on health pools and on unclassified pools", () => {
    expect(run(rule, T, { mfaConfiguration: "OPTIONAL", tags: HEALTH_TAGS })[0].message).toContain("OPTIONAL");
    const out = run(rule, T, {});
    expect(out[0].message).toContain("absent (OFF)");
    expect(out[0].severity).toBe("high");
  });
});
