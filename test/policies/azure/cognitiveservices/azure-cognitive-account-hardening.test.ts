import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/cognitiveservices/azure-cognitive-account-hardening";
import { UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { messages, run, withProps } from "../helpers";
import { expectUnverified } from "../../unverified";

const A = "azure-native:cognitiveservices:Account";
const happy = { kind: "OpenAI", properties: { publicNetworkAccess: "Disabled", encryption: { keySource: "Microsoft.KeyVault", keyVaultProperties: { keyVaultUri: "https://kv-ai.vault.azure.net/", keyName: "k" } } } };

describe("azure-cognitive-account-hardening", () => {
  it("passes a private account with a customer key", () => {
    expect(run(rule, A, happy, { profile: { keys: { azureKeyVaultUris: ["https://kv-ai.vault.azure.net"] } } })).toEqual([]);
  });
  it("fails public access, explicit or by default", () => {
    expect(messages(run(rule, A, withProps(happy, { properties: { publicNetworkAccess: "Enabled" } })))[0]).toContain("publicNetworkAccess");
    expect(run(rule, A, { properties: { encryption: happy.properties.encryption } })).toHaveLength(1);
  });
  it("fails Microsoft-managed keys and vaults outside the allowlist", () => {
    expect(run(rule, A, withProps(happy, { properties: { encryption: { keySource: "Microsoft.CognitiveServices" } } }))).toHaveLength(1);
    expect(run(rule, A, { properties: { publicNetworkAccess: "Disabled" } })).toHaveLength(1);
    expect(run(rule, A, happy, { profile: { keys: { azureKeyVaultUris: ["https://other.vault.azure.net"] } } })).toHaveLength(1);
  });
  it("fails unknown settings", () => {
    expectUnverified(run(rule, A, withProps(happy, { properties: { publicNetworkAccess: UNKNOWN_STRING, encryption: { keySource: UNKNOWN_STRING } } })), "properties.publicNetworkAccess", "properties.encryption.keySource");
  });
});
