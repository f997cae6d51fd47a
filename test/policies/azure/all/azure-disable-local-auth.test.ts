import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/all/azure-disable-local-auth";
import { UNKNOWN_BOOL } from "../../../helpers/policy-harness";
import { messages, run } from "../helpers";

describe("azure-disable-local-auth", () => {
  it("passes services with key/local auth off", () => {
    expect(run(rule, "azure-native:storage:StorageAccount", { allowSharedKeyAccess: false })).toEqual([]);
    expect(run(rule, "azure-native:cosmosdb:DatabaseAccount", { disableLocalAuth: true })).toEqual([]);
    expect(run(rule, "azure-native:redis:Redis", { disableAccessKeyAuthentication: true })).toEqual([]);
    expect(run(rule, "azure-native:cognitiveservices:Account", { properties: { disableLocalAuth: true } })).toEqual([]);
    expect(run(rule, "azure-native:search:Service", { disableLocalAuth: true })).toEqual([]);
    expect(run(rule, "azure-native:containerservice:ManagedCluster", { disableLocalAccounts: true, aadProfile: { managed: true, enableAzureRBAC: true } })).toEqual([]);
  });
  it("fails defaults (key auth on) with the property named, as medium", () => {
    const out = run(rule, "azure-native:storage:StorageAccount", {});
    expect(messages(out)[0]).toContain("allowSharedKeyAccess");
    expect(out[0].severity).toBe("medium");
    expect(run(rule, "azure-native:containerservice:ManagedCluster", {})).toHaveLength(3);
  });
  it("fails explicit key auth", () => {
    expect(run(rule, "azure-native:cosmosdb:DatabaseAccount", { disableLocalAuth: false })).toHaveLength(1);
    expect(run(rule, "azure-native:storage:StorageAccount", { allowSharedKeyAccess: true })).toHaveLength(1);
  });
  it("fails unknown switches", () => {
    expect(run(rule, "azure-native:redis:Redis", { disableAccessKeyAuthentication: UNKNOWN_BOOL })).toHaveLength(1);
  });
});
