import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/compute/azure-disk-cmk";
import { UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { messages, run } from "../helpers";

const DISK = "azure-native:compute:Disk";
const VM = "azure-native:compute:VirtualMachine";
const DES = "azure-native:compute:DiskEncryptionSet";
const des = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/diskEncryptionSets/des";

describe("azure-disk-cmk", () => {
  it("passes a disk encrypted through a DES", () => {
    expect(run(rule, DISK, { encryption: { type: "EncryptionAtRestWithCustomerKey", diskEncryptionSetId: des } })).toEqual([]);
    expect(run(rule, DISK, { encryption: { type: "EncryptionAtRestWithPlatformAndCustomerKeys", diskEncryptionSetId: UNKNOWN_STRING } })).toEqual([]);
  });
  it("fails platform keys, explicit or by default", () => {
    expect(messages(run(rule, DISK, { encryption: { type: "EncryptionAtRestWithPlatformKey" } }))[0]).toContain("PlatformKey");
    expect(run(rule, DISK, {})).toHaveLength(1);
  });
  it("fails a customer-key type without a DES, and an unknown type", () => {
    expect(run(rule, DISK, { encryption: { type: "EncryptionAtRestWithCustomerKey" } })).toHaveLength(1);
    expect(run(rule, DISK, { encryption: { type: UNKNOWN_STRING } })).toHaveLength(1);
  });
  it("checks VM OS and data disks, skipping attached existing disks", () => {
    // Separate objects: the engine never shares sub-objects between properties.
    const md = () => ({ diskEncryptionSet: { id: des } });
    expect(run(rule, VM, { storageProfile: { osDisk: { createOption: "FromImage", managedDisk: md() }, dataDisks: [{ lun: 0, createOption: "Empty", managedDisk: md() }, { lun: 1, createOption: "Attach", managedDisk: { id: "/disks/d" } }] } })).toEqual([]);
    const out = run(rule, VM, { storageProfile: { osDisk: { createOption: "FromImage" }, dataDisks: [{ lun: 0, createOption: "Empty", managedDisk: {} }] } });
    expect(messages(out)).toEqual([expect.stringContaining("storageProfile.osDisk.managedDisk.diskEncryptionSet.id"), expect.stringContaining("storageProfile.dataDisks[0]")]);
  });
  it("checks the DES key against the allowlist", () => {
    const profile = { keys: { azureKeyVaultUris: ["https://kv-hds.vault.azure.net"] } };
    expect(run(rule, DES, { activeKey: { keyUrl: "https://kv-hds.vault.azure.net/keys/des/1" } }, { profile })).toEqual([]);
    expect(run(rule, DES, { activeKey: { keyUrl: "https://x.vault.azure.net/keys/des/1" } }, { profile })).toHaveLength(1);
    expect(run(rule, DES, {})).toHaveLength(1);
  });
});
