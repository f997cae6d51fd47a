import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/authorization/azure-rbac-no-owner-contributor";
import { UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { messages, run } from "../helpers";

const RA = "azure-native:authorization:RoleAssignment";
const def = (guid: string) => `/subscriptions/0000/providers/Microsoft.Authorization/roleDefinitions/${guid}`;

describe("azure-rbac-no-owner-contributor", () => {
  it("passes a least-privilege role (Reader)", () => {
    expect(run(rule, RA, { roleDefinitionId: def("acdd72a7-3385-48ef-bd42-f606fba81ae7"), principalId: "p", scope: "/subscriptions/0000" })).toEqual([]);
  });
  it("fails Owner and Contributor (case-insensitive), naming the principal", () => {
    expect(messages(run(rule, RA, { roleDefinitionId: def("8E3AF657-A8FF-443C-A75C-2FE8C4BCB635"), principalId: "abc" }))[0]).toMatch(/Owner.*abc/);
    expect(messages(run(rule, RA, { roleDefinitionId: def("b24988ac-6180-42a0-ab88-20f7382dd24c"), principalId: "abc" }))[0]).toContain("Contributor");
  });
  it("fails an unknown role definition", () => {
    expect(run(rule, RA, { roleDefinitionId: UNKNOWN_STRING, principalId: "abc" })).toHaveLength(1);
  });
});
