import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/cognito/aws-cognito-advanced-security";
import { run } from "../helpers";

const T = "aws:cognito/userPool:UserPool";
describe("aws-cognito-advanced-security", () => {
  it("passes ENFORCED", () => expect(run(rule, T, { userPoolAddOns: { advancedSecurityMode: "ENFORCED" } })).toEqual([]));
  it("advises on AUDIT and absent", () => {
    expect(run(rule, T, { userPoolAddOns: { advancedSecurityMode: "AUDIT" } })[0].enforcementLevel).toBe("advisory");
    expect(run(rule, T, {})[0].message).toContain("advancedSecurityMode");
  });
});
