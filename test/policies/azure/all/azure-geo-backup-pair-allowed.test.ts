import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/all/azure-geo-backup-pair-allowed";
import { UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { messages, run } from "../helpers";

const SA = "azure-native:storage:StorageAccount";

describe("azure-geo-backup-pair-allowed", () => {
  it("passes GRS in France (pair francesouth)", () => {
    expect(run(rule, SA, { location: "francecentral", sku: { name: "Standard_RAGRS" } })).toEqual([]);
  });
  it("passes locally redundant storage anywhere (A5 judges the location)", () => {
    expect(run(rule, SA, { location: "uksouth", sku: { name: "Standard_LRS" } })).toEqual([]);
  });
  it("fails GRS whose pair lies outside France/EU", () => {
    const out = run(rule, SA, { location: "uksouth", sku: { name: "Standard_GZRS" } });
    expect(messages(out)[0]).toContain("ukwest");
    expect(out[0].severity).toBe("medium");
    expect(out[0].enforcementLevel).toBe("mandatory");
  });
  it("is advisory outside production", () => {
    expect(run(rule, SA, { location: "uksouth", sku: { name: "Standard_GRS" } }, { stack: "dev" })[0].enforcementLevel).toBe("advisory");
  });
  it("fails GRS in a region with no known pair", () => {
    expect(messages(run(rule, SA, { location: "italynorth", sku: { name: "Standard_GRS" } }))[0]).toContain("sans paire");
  });
  it("fails an unknown SKU or location with geo-redundancy", () => {
    expect(run(rule, SA, { sku: { name: UNKNOWN_STRING } })).toHaveLength(1);
    expect(run(rule, SA, { location: UNKNOWN_STRING, sku: { name: "Standard_GRS" } })).toHaveLength(1);
  });
  it("checks PostgreSQL/MySQL geo-redundant backups", () => {
    expect(run(rule, "azure-native:dbforpostgresql:Server", { location: "eastus", backup: { geoRedundantBackup: "Enabled" } })).toHaveLength(1);
    expect(run(rule, "azure-native:dbformysql:Server", { location: "eastus", backup: { geoRedundantBackup: "Disabled" } })).toEqual([]);
  });
  it("treats a Recovery Services vault without redundancy settings as geo-redundant (API default)", () => {
    expect(run(rule, "azure-native:recoveryservices:Vault", { location: "uksouth" })).toHaveLength(1);
    expect(run(rule, "azure-native:recoveryservices:Vault", { location: "uksouth", properties: { redundancySettings: { standardTierStorageRedundancy: "LocallyRedundant" } } })).toEqual([]);
  });
  it("checks Data Protection backup vault storage settings", () => {
    const bv = (type: string) => run(rule, "azure-native:dataprotection:BackupVault", { location: "norwayeast", properties: { storageSettings: [{ type, datastoreType: "VaultStore" }] } });
    expect(bv("GeoRedundant")).toHaveLength(1);
    expect(bv("ZoneRedundant")).toEqual([]);
  });
});
