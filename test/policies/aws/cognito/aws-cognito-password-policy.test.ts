import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/cognito/aws-cognito-password-policy";
import { run } from "../helpers";

const T = "aws:cognito/userPool:UserPool";
const good = { minimumLength: 12, requireLowercase: true, requireUppercase: true, requireNumbers: true, requireSymbols: true };
describe("aws-cognito-password-policy", () => {
  it("passes 12 characters and 4 classes", () => expect(run(rule, T, { passwordPolicy: good })).toEqual([]));
  it("fails the Cognito default (8 characters)", () => expect(run(rule, T, {})[0].message).toContain("minimumLength"));
  it("fails a short length and missing classes", () => {
    expect(run(rule, T, { passwordPolicy: { ...good, minimumLength: 10 } })[0].message).toContain("10");
    expect(run(rule, T, { passwordPolicy: { ...good, requireSymbols: false, requireNumbers: undefined } })[0].message).toContain("requireNumbers, requireSymbols");
  });
});
