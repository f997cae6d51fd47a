import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/containerservice/azure-aks-kms";
import { UNKNOWN_BOOL, UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { messages, run, without, withProps } from "../helpers";

const AKS = "azure-native:containerservice:ManagedCluster";
const happy = {
  securityProfile: { azureKeyVaultKms: { enabled: true, keyId: "https://kv.vault.azure.net/keys/etcd/1" } },
  diskEncryptionSetID: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/diskEncryptionSets/des",
};

describe("azure-aks-kms", () => {
  it("passes KMS etcd encryption with a DES", () => {
    expect(run(rule, AKS, happy)).toEqual([]);
    expect(run(rule, AKS, withProps(happy, { diskEncryptionSetID: UNKNOWN_STRING }))).toEqual([]);
  });
  it("fails KMS off or absent", () => {
    expect(messages(run(rule, AKS, withProps(happy, { securityProfile: { azureKeyVaultKms: { enabled: false } } })))[0]).toContain("enabled");
    expect(run(rule, AKS, without(happy, "securityProfile"))).toHaveLength(1);
  });
  it("fails a KMS key outside the allowlist or missing", () => {
    expect(run(rule, AKS, happy, { profile: { keys: { azureKeyVaultUris: ["https://hds.vault.azure.net"] } } })).toHaveLength(1);
    expect(run(rule, AKS, without(happy, "securityProfile.azureKeyVaultKms.keyId"))).toHaveLength(1);
  });
  it("fails a cluster without a disk encryption set", () => {
    expect(messages(run(rule, AKS, without(happy, "diskEncryptionSetID")))[0]).toContain("diskEncryptionSetID");
  });
  it("fails an unknown KMS switch", () => {
    expect(run(rule, AKS, withProps(happy, { securityProfile: { azureKeyVaultKms: { enabled: UNKNOWN_BOOL } } }))).toHaveLength(1);
  });
});
