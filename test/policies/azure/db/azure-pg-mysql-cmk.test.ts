import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/db/azure-pg-mysql-cmk";
import { UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { messages, run, withProps } from "../helpers";

const PG = "azure-native:dbforpostgresql:Server";
const key = "https://kv.vault.azure.net/keys/pg/1";
const happy = { dataEncryption: { type: "AzureKeyVault", primaryKeyURI: key }, backup: { geoRedundantBackup: "Disabled" } };

describe("azure-pg-mysql-cmk", () => {
  it("passes a customer key, with a geo key when geo backup is on", () => {
    expect(run(rule, PG, happy)).toEqual([]);
    expect(run(rule, "azure-native:dbformysql:Server", withProps(happy, { backup: { geoRedundantBackup: "Enabled" }, dataEncryption: { geoBackupKeyURI: key } }))).toEqual([]);
  });
  it("fails service-managed encryption, explicit or by default", () => {
    expect(messages(run(rule, PG, withProps(happy, { dataEncryption: { type: "SystemAssigned" } })))[0]).toContain("SystemAssigned");
    expect(run(rule, "azure-native:dbformysql:Server", {})).toHaveLength(1);
  });
  it("fails a missing primary key and a key outside the allowlist", () => {
    expect(run(rule, PG, { dataEncryption: { type: "AzureKeyVault" } })).toHaveLength(1);
    expect(run(rule, PG, happy, { profile: { keys: { azureKeyVaultUris: ["https://hds.vault.azure.net"] } } })).toHaveLength(1);
  });
  it("fails geo-redundant backup without its own key", () => {
    expect(messages(run(rule, PG, withProps(happy, { backup: { geoRedundantBackup: "Enabled" } })))[0]).toContain("geoBackupKeyURI");
    expect(run(rule, PG, withProps(happy, { backup: { geoRedundantBackup: UNKNOWN_STRING } }))).toHaveLength(1);
  });
  it("fails an unknown encryption type", () => {
    expect(run(rule, PG, withProps(happy, { dataEncryption: { type: UNKNOWN_STRING } }))).toHaveLength(1);
  });
});
