import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/storage/azure-storage-cmk";
import { UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { messages, run, without, withProps } from "../helpers";

const SA = "azure-native:storage:StorageAccount";
const happy = { encryption: { keySource: "Microsoft.Keyvault", keyVaultProperties: { keyVaultUri: "https://kv-hds.vault.azure.net/", keyName: "sa" } } };
const profile = { keys: { azureKeyVaultUris: ["https://kv-hds.vault.azure.net"] } };

describe("azure-storage-cmk", () => {
  it("passes a Key Vault key in an allowlisted vault (keySource case-insensitive)", () => {
    expect(run(rule, SA, happy, { profile })).toEqual([]);
    expect(run(rule, SA, withProps(happy, { encryption: { keySource: "Microsoft.KeyVault" } }), { profile })).toEqual([]);
  });
  it("fails Microsoft-managed keys, explicit or by default", () => {
    expect(messages(run(rule, SA, withProps(happy, { encryption: { keySource: "Microsoft.Storage" } })))[0]).toContain("Microsoft.Storage");
    expect(run(rule, SA, {})).toHaveLength(1);
  });
  it("fails a missing vault URI and a vault outside the allowlist", () => {
    expect(messages(run(rule, SA, without(happy, "encryption.keyVaultProperties.keyVaultUri")))[0]).toContain("absent");
    expect(messages(run(rule, SA, withProps(happy, { encryption: { keyVaultProperties: { keyVaultUri: "https://other.vault.azure.net/" } } }), { profile }))[0]).toContain("other.vault");
  });
  it("fails an unknown key source but accepts an unknown vault URI (vault of the stack)", () => {
    expect(run(rule, SA, withProps(happy, { encryption: { keySource: UNKNOWN_STRING } }))).toHaveLength(1);
    expect(run(rule, SA, withProps(happy, { encryption: { keyVaultProperties: { keyVaultUri: UNKNOWN_STRING } } }), { profile })).toEqual([]);
  });
});
