import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/keyvault/azure-keyvault-rbac";
import { UNKNOWN_BOOL } from "../../../helpers/policy-harness";
import { run } from "../helpers";

const KV = "azure-native:keyvault:Vault";

describe("azure-keyvault-rbac", () => {
  it("passes RBAC authorisation", () => {
    expect(run(rule, KV, { properties: { enableRbacAuthorization: true } })).toEqual([]);
  });
  it("fails access policies (absent or false): medium, good practice (advisory unless raised)", () => {
    const out = run(rule, KV, { properties: { accessPolicies: [] } });
    expect(out[0].severity).toBe("medium");
    expect(out[0].enforcementLevel).toBe("advisory");
    expect(run(rule, KV, { properties: { accessPolicies: [] } }, { profile: { enforcement: { raise: ["azure-keyvault-rbac"] } } })[0].enforcementLevel).toBe("mandatory");
    expect(run(rule, KV, { properties: { enableRbacAuthorization: false } }, { stack: "dev" })[0].enforcementLevel).toBe("advisory");
  });
  it("fails an unknown value", () => {
    expect(run(rule, KV, { properties: { enableRbacAuthorization: UNKNOWN_BOOL } })).toHaveLength(1);
  });
});
