import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/iam/aws-iam-no-admin-wildcard";
import { run } from "../helpers";

const doc = (Action: unknown, Resource: unknown) => JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action, Resource }] });
describe("aws-iam-no-admin-wildcard", () => {
  it("passes scoped policies", () => {
    expect(run(rule, "aws:iam/policy:Policy", { policy: doc(["s3:GetObject"], "arn:aws:s3:::b/*") })).toEqual([]);
    expect(run(rule, "aws:iam/rolePolicy:RolePolicy", { role: "r", policy: doc("s3:*", "*") })).toEqual([]);
  });
  it("fails * on * in each policy type", () => {
    for (const t of ["aws:iam/policy:Policy", "aws:iam/rolePolicy:RolePolicy", "aws:iam/userPolicy:UserPolicy", "aws:iam/groupPolicy:GroupPolicy"]) {
      expect(run(rule, t, { policy: doc("*", "*") })).toHaveLength(1);
    }
    expect(run(rule, "aws:iam/policy:Policy", { policy: { Statement: [{ Effect: "Allow", Action: ["*"], Resource: ["*"] }] } })).toHaveLength(1);
  });
  it("fails AdministratorAccess attachments and inline role policies", () => {
    expect(run(rule, "aws:iam/rolePolicyAttachment:RolePolicyAttachment", { role: "r", policyArn: "arn:aws:iam::aws:policy/AdministratorAccess" })[0].message).toContain("AdministratorAccess");
    expect(run(rule, "aws:iam/userPolicyAttachment:UserPolicyAttachment", { user: "u", policyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess" })).toEqual([]);
    expect(run(rule, "aws:iam/role:Role", { assumeRolePolicy: "{}", inlinePolicies: [{ name: "all", policy: doc("*", "*") }] })[0].message).toContain("inlinePolicies[0]");
  });
});
