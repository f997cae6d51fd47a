import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/machinelearningservices/azure-ml-workspace-hardening";
import { UNKNOWN_BOOL, UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { messages, run, withProps } from "../helpers";
import { expectUnverified } from "../../unverified";

const W = "azure-native:machinelearningservices:Workspace";
const happy = { publicNetworkAccess: "Disabled", hbiWorkspace: true, encryption: { status: "Enabled", keyVaultProperties: { keyIdentifier: "https://kv.vault.azure.net/keys/ml/1", keyVaultArmId: "/vaults/kv" } } };

describe("azure-ml-workspace-hardening", () => {
  it("passes a private HBI workspace with a customer key", () => {
    expect(run(rule, W, happy)).toEqual([]);
  });
  it("fails public access, explicit or by default", () => {
    expect(messages(run(rule, W, withProps(happy, { publicNetworkAccess: "Enabled" })))[0]).toContain("publicNetworkAccess");
    const { publicNetworkAccess: _, ...rest } = happy;
    expect(run(rule, W, rest)).toHaveLength(1);
  });
  it("fails a non-HBI workspace", () => {
    expect(messages(run(rule, W, withProps(happy, { hbiWorkspace: false })))[0]).toContain("hbiWorkspace");
  });
  it("fails missing, disabled or non-allowlisted CMK", () => {
    expect(run(rule, W, withProps(happy, { encryption: { status: "Disabled" } }))).toHaveLength(1);
    const { encryption: _, ...noEnc } = happy;
    expect(run(rule, W, noEnc)).toHaveLength(1);
    expect(run(rule, W, happy, { profile: { keys: { azureKeyVaultUris: ["https://hds.vault.azure.net"] } } })).toHaveLength(1);
  });
  it("fails unknown settings", () => {
    expectUnverified(run(rule, W, withProps(happy, { publicNetworkAccess: UNKNOWN_STRING, hbiWorkspace: UNKNOWN_BOOL, encryption: { status: UNKNOWN_STRING } })), "publicNetworkAccess", "hbiWorkspace", "encryption.status");
  });
});
