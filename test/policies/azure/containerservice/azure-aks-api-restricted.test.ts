import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/containerservice/azure-aks-api-restricted";
import { UNKNOWN_ARRAY, UNKNOWN_BOOL } from "../../../helpers/policy-harness";
import { messages, run } from "../helpers";

const AKS = "azure-native:containerservice:ManagedCluster";
const profile = { adminCidrs: ["198.51.100.0/24"] };

describe("azure-aks-api-restricted", () => {
  it("passes a private cluster or a disabled public endpoint", () => {
    expect(run(rule, AKS, { apiServerAccessProfile: { enablePrivateCluster: true } })).toEqual([]);
    expect(run(rule, AKS, { publicNetworkAccess: "Disabled" })).toEqual([]);
  });
  it("passes authorised ranges within adminCidrs", () => {
    expect(run(rule, AKS, { apiServerAccessProfile: { authorizedIPRanges: ["198.51.100.8/29"] } }, { profile })).toEqual([]);
  });
  it("fails a public API server without authorised ranges, as critical", () => {
    const out = run(rule, AKS, {});
    expect(messages(out)[0]).toContain("authorizedIPRanges");
    expect(out[0].severity).toBe("critical");
    expect(run(rule, AKS, { apiServerAccessProfile: { authorizedIPRanges: [] } })).toHaveLength(1);
  });
  it("fails open ranges and ranges outside adminCidrs", () => {
    expect(messages(run(rule, AKS, { apiServerAccessProfile: { authorizedIPRanges: ["0.0.0.0/0"] } }, { profile }))[0]).toContain("0.0.0.0/0");
    expect(messages(run(rule, AKS, { apiServerAccessProfile: { authorizedIPRanges: ["203.0.113.0/24"] } }, { profile }))[0]).toContain("203.0.113.0/24");
  });
  it("fails unknown exposure settings", () => {
    expect(run(rule, AKS, { apiServerAccessProfile: { enablePrivateCluster: UNKNOWN_BOOL } })).toHaveLength(1);
    expect(run(rule, AKS, { apiServerAccessProfile: { authorizedIPRanges: UNKNOWN_ARRAY } })).toHaveLength(1);
  });
});
