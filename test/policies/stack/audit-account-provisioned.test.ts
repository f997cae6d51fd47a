import { describe, expect, it } from "vitest";
import { rule } from "../../../policies/rules/stack/audit-account-provisioned";
import { runStackRule, UNKNOWN_STRING } from "../../helpers/policy-harness";

const role = { type: "aws:iam/role:Role", name: "audit", props: { name: "hospital-audit", assumeRolePolicy: "{}" } };
const attach = (policyArn: string) => ({ type: "aws:iam/rolePolicyAttachment:RolePolicyAttachment", name: "att", props: { role: UNKNOWN_STRING, policyArn }, propertyDependencies: { role: ["audit"] } });

describe("audit-account-provisioned", () => {
  it("passes a prod stack with a SecurityAudit role", () => {
    expect(runStackRule(rule, [role, attach("arn:aws:iam::aws:policy/SecurityAudit")])).toEqual([]);
  });
  it("passes an Azure Reader assignment", () => {
    const ra = { type: "azure-native:authorization:RoleAssignment", name: "ra", props: { principalId: "p", scope: "/subscriptions/x", roleDefinitionId: "/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7" } };
    expect(runStackRule(rule, [ra])).toEqual([]);
  });
  it("flags a prod stack without audit access, as advisory until principals are configured", () => {
    const out = runStackRule(rule, [role, attach("arn:aws:iam::aws:policy/AdministratorAccess")]);
    expect(out).toHaveLength(1);
    expect(out[0].severity).toBe("low");
    expect(out[0].enforcementLevel).toBe("advisory");
  });
  it("only applies to production", () => {
    expect(runStackRule(rule, [role], { stack: "dev-alice" })).toEqual([]);
  });
});
