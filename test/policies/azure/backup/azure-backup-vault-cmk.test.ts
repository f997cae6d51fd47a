import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/backup/azure-backup-vault-cmk";
import { UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { messages, run } from "../helpers";

const RSV = "azure-native:recoveryservices:Vault";
const BV = "azure-native:dataprotection:BackupVault";
const tags = { "data-classification": "health" };
const key = "https://kv.vault.azure.net/keys/backup";

describe("azure-backup-vault-cmk", () => {
  it("passes health vaults with a customer key", () => {
    expect(run(rule, RSV, { tags, properties: { encryption: { keyVaultProperties: { keyUri: key } } } })).toEqual([]);
    expect(run(rule, BV, { tags, properties: { storageSettings: [], securitySettings: { encryptionSettings: { state: "Enabled", keyVaultProperties: { keyUri: key } } } } })).toEqual([]);
  });
  it("ignores vaults outside the health scope", () => {
    expect(run(rule, RSV, {})).toEqual([]);
    expect(run(rule, BV, { tags: { "data-classification": "internal" }, properties: {} })).toEqual([]);
  });
  it("fails a health Recovery Services vault without a key", () => {
    expect(messages(run(rule, RSV, { tags, properties: {} }))[0]).toContain("keyUri");
  });
  it("fails a health backup vault with encryption disabled, absent or without a key", () => {
    expect(run(rule, BV, { tags, properties: { securitySettings: { encryptionSettings: { state: "Disabled" } } } })).toHaveLength(1);
    expect(run(rule, BV, { tags, properties: {} })).toHaveLength(1);
    expect(run(rule, BV, { tags, properties: { securitySettings: { encryptionSettings: { state: "Enabled" } } } })).toHaveLength(1);
  });
  it("fails an unknown encryption state, is medium", () => {
    const out = run(rule, BV, { tags, properties: { securitySettings: { encryptionSettings: { state: UNKNOWN_STRING } } } });
    expect(out).toHaveLength(1);
    expect(out[0].severity).toBe("medium");
  });
});
