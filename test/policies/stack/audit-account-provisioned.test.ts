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
  it("with auditPrincipals listed, requires a role the hospital's principal can assume (mandatory in prod)", () => {
    const profile = { auditPrincipals: { aws: ["999999999999"] } };
    const trusting = { ...role, props: { name: "hospital-audit", assumeRolePolicy: JSON.stringify({ Statement: [{ Effect: "Allow", Principal: { AWS: "arn:aws:iam::999999999999:root" }, Action: "sts:AssumeRole" }] }) } };
    expect(runStackRule(rule, [trusting, attach("arn:aws:iam::aws:policy/SecurityAudit")], { profile })).toEqual([]);
    const out = runStackRule(rule, [role, attach("arn:aws:iam::aws:policy/SecurityAudit")], { profile });
    expect(out.map((v) => [v.severity, v.enforcementLevel])).toEqual([["medium", "mandatory"]]);
  });
  it("with Azure audit principals listed, requires the assignment to one of them", () => {
    const ra = (principalId: string) => ({ type: "azure-native:authorization:RoleAssignment", name: "ra", props: { principalId, scope: "/subscriptions/x", roleDefinitionId: "/providers/Microsoft.Authorization/roleDefinitions/39bc4728-0917-49c7-9d2c-d95423bc2eb4" } });
    const profile = { auditPrincipals: { azure: ["00000000-0000-0000-0000-00000000a0d1"] } };
    expect(runStackRule(rule, [ra("00000000-0000-0000-0000-00000000A0D1")], { profile })).toEqual([]);
    expect(runStackRule(rule, [ra("00000000-0000-0000-0000-0000000000ff")], { profile })).toHaveLength(1);
  });
  it("only applies to production", () => {
    expect(runStackRule(rule, [role], { stack: "dev-alice" })).toEqual([]);
  });
});
