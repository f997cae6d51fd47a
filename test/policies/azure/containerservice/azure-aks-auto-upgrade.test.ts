import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/containerservice/azure-aks-auto-upgrade";
import { UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { messages, run } from "../helpers";
import { expectUnverified } from "../../unverified";

const AKS = "azure-native:containerservice:ManagedCluster";

describe("azure-aks-auto-upgrade", () => {
  it("passes an upgrade channel with the default or a patched node OS channel", () => {
    expect(run(rule, AKS, { autoUpgradeProfile: { upgradeChannel: "patch" } })).toEqual([]);
    expect(run(rule, AKS, { autoUpgradeProfile: { upgradeChannel: "stable", nodeOSUpgradeChannel: "SecurityPatch" } })).toEqual([]);
  });
  it("fails no upgrade channel (absent or none), medium", () => {
    const out = run(rule, AKS, {});
    expect(messages(out)[0]).toContain("upgradeChannel");
    expect(out[0].severity).toBe("medium");
    expect(run(rule, AKS, { autoUpgradeProfile: { upgradeChannel: "none" } })).toHaveLength(1);
  });
  it("fails node OS channel None", () => {
    expect(messages(run(rule, AKS, { autoUpgradeProfile: { upgradeChannel: "patch", nodeOSUpgradeChannel: "None" } }))[0]).toContain("nodeOSUpgradeChannel");
  });
  it("fails unknown channels", () => {
    expectUnverified(run(rule, AKS, { autoUpgradeProfile: { upgradeChannel: UNKNOWN_STRING, nodeOSUpgradeChannel: UNKNOWN_STRING } }), "autoUpgradeProfile.upgradeChannel", "autoUpgradeProfile.nodeOSUpgradeChannel");
  });
});
