import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/all/azure-paas-network-default-deny";
import { UNKNOWN_BOOL, UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { messages, run, withProps } from "../helpers";

const SA = "azure-native:storage:StorageAccount";
const sa = { allowBlobPublicAccess: false, networkRuleSet: { defaultAction: "Deny", ipRules: [{ iPAddressOrRange: "198.51.100.0/24" }] } };

describe("azure-paas-network-default-deny", () => {
  it("passes a storage account with default Deny and no anonymous blobs", () => {
    expect(run(rule, SA, sa)).toEqual([]);
    expect(run(rule, SA, { allowBlobPublicAccess: false, publicNetworkAccess: "Disabled" })).toEqual([]);
  });
  it("fails storage default Allow (absent rule set) with public access", () => {
    expect(messages(run(rule, SA, { allowBlobPublicAccess: false }))[0]).toContain("networkRuleSet.defaultAction");
  });
  it("fails explicit anonymous blob access (mandatory), passes the absent flag (default false on current API versions)", () => {
    const out = run(rule, SA, withProps(sa, { allowBlobPublicAccess: true }), { stack: "dev-alice" });
    expect(messages(out)[0]).toContain("allowBlobPublicAccess");
    expect(out[0].enforcementLevel).toBe("mandatory");
    const { allowBlobPublicAccess: _, ...noFlag } = sa;
    expect(run(rule, SA, noFlag)).toEqual([]);
  });
  it("reports a network left open by default as good practice (advisory unless raised)", () => {
    const open = run(rule, SA, withProps(sa, { networkRuleSet: { defaultAction: "Allow" } }));
    expect(open).toHaveLength(1);
    expect(open[0].enforcementLevel).toBe("advisory");
    expect(run(rule, SA, withProps(sa, { networkRuleSet: { defaultAction: "Allow" } }), { profile: { enforcement: { raise: ["D"] } } })[0].enforcementLevel).toBe("mandatory");
  });
  it("fails an open IP rule even with default Deny", () => {
    expect(run(rule, SA, withProps(sa, { networkRuleSet: { ipRules: [{ iPAddressOrRange: "0.0.0.0/0" }] } }))).toHaveLength(1);
  });
  it("checks Key Vault and Cognitive Services ACLs", () => {
    expect(run(rule, "azure-native:keyvault:Vault", { properties: { networkAcls: { defaultAction: "Deny" } } })).toEqual([]);
    expect(run(rule, "azure-native:keyvault:Vault", { properties: { publicNetworkAccess: "Enabled" } })).toHaveLength(1);
    expect(run(rule, "azure-native:cognitiveservices:Account", { properties: { publicNetworkAccess: "Disabled" } })).toEqual([]);
    expect(run(rule, "azure-native:cognitiveservices:Account", { properties: { networkAcls: { defaultAction: "Allow" } } })).toHaveLength(1);
  });
  it("checks Cosmos DB IP rules and VNet filter", () => {
    const C = "azure-native:cosmosdb:DatabaseAccount";
    expect(run(rule, C, { ipRules: [{ ipAddressOrRange: "198.51.100.7" }] })).toEqual([]);
    expect(run(rule, C, { isVirtualNetworkFilterEnabled: true })).toEqual([]);
    expect(run(rule, C, {})).toHaveLength(1);
    expect(run(rule, C, { publicNetworkAccess: "Disabled" })).toEqual([]);
  });
  it("checks Redis public access outside a VNet", () => {
    const R = "azure-native:redis:Redis";
    expect(run(rule, R, { publicNetworkAccess: "Disabled" })).toEqual([]);
    expect(run(rule, R, { subnetId: "/subnets/redis" })).toEqual([]);
    expect(run(rule, R, {})).toHaveLength(1);
  });
  it("fails unknown exposure settings", () => {
    expect(run(rule, SA, withProps(sa, { allowBlobPublicAccess: UNKNOWN_BOOL }))).toHaveLength(1);
    expect(run(rule, SA, withProps(sa, { networkRuleSet: { defaultAction: UNKNOWN_STRING } }))).toHaveLength(1);
  });
});
