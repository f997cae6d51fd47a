import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/kms/aws-kms-policy-no-public";
import { run } from "../helpers";

const doc = (stmt: Record<string, unknown>) => JSON.stringify({ Version: "2012-10-17", Statement: [stmt] });
describe("aws-kms-policy-no-public", () => {
  it("passes an account-scoped policy and a conditioned public one", () => {
    expect(run(rule, "aws:kms/key:Key", { policy: doc({ Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "kms:*", Resource: "*" }) })).toEqual([]);
    expect(run(rule, "aws:kms/key:Key", { policy: doc({ Effect: "Allow", Principal: "*", Action: "kms:*", Resource: "*", Condition: { StringEquals: { "kms:CallerAccount": "111122223333" } } }) })).toEqual([]);
  });
  it("fails kms:* to everyone", () => {
    expect(run(rule, "aws:kms/key:Key", { policy: doc({ Effect: "Allow", Principal: "*", Action: "kms:*", Resource: "*" }) })).toHaveLength(1);
    expect(run(rule, "aws:kms/key:Key", { policy: doc({ Effect: "Allow", Principal: { AWS: "*" }, Action: ["kms:*"], Resource: "*" }) })[0].severity).toBe("high");
  });
  it("does not throw on invalid JSON", () => expect(run(rule, "aws:kms/key:Key", { policy: "{not json" })).toEqual([]));
});
