import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/cosmosdb/azure-cosmos-cmk";
import { UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { messages, run } from "../helpers";

const C = "azure-native:cosmosdb:DatabaseAccount";
const profile = { keys: { azureKeyVaultUris: ["https://kv-hds.vault.azure.net"] } };

describe("azure-cosmos-cmk", () => {
  it("passes an allowlisted key and an unknown key (created in the stack)", () => {
    expect(run(rule, C, { keyVaultKeyUri: "https://kv-hds.vault.azure.net/keys/cosmos" }, { profile })).toEqual([]);
    expect(run(rule, C, { keyVaultKeyUri: UNKNOWN_STRING }, { profile })).toEqual([]);
  });
  it("fails an absent key", () => {
    expect(messages(run(rule, C, {}))[0]).toContain("keyVaultKeyUri");
  });
  it("fails a key outside the allowlist", () => {
    expect(run(rule, C, { keyVaultKeyUri: "https://other.vault.azure.net/keys/cosmos" }, { profile })).toHaveLength(1);
  });
});
