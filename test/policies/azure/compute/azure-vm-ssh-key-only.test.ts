import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/compute/azure-vm-ssh-key-only";
import { UNKNOWN_BOOL } from "../../../helpers/policy-harness";
import { run } from "../helpers";
import { expectUnverified } from "../../unverified";

const VM = "azure-native:compute:VirtualMachine";
const keys = { publicKeys: [{ path: "/home/azureuser/.ssh/authorized_keys", keyData: "ssh-ed25519 AAAA test" }] };
const vm = (osProfile: Record<string, unknown>, osType?: string) =>
  run(rule, VM, { resourceGroupName: "rg", osProfile: { computerName: "vm", adminUsername: "azureuser", ...osProfile }, ...(osType ? { storageProfile: { osDisk: { osType, createOption: "FromImage" } } } : {}) });

describe("azure-vm-ssh-key-only", () => {
  it("passes key-only Linux VMs and Windows VMs", () => {
    expect(vm({ linuxConfiguration: { disablePasswordAuthentication: true, ssh: keys } })).toEqual([]);
    expect(vm({ linuxConfiguration: { ssh: keys } })).toEqual([]);
    expect(vm({ adminPassword: "x-not-real", windowsConfiguration: { provisionVMAgent: true } }, "Windows")).toEqual([]);
  });
  it("advises against password SSH logins (good practice, not blocking)", () => {
    const out = vm({ adminPassword: "x-not-real", linuxConfiguration: { disablePasswordAuthentication: false } });
    expect(out).toHaveLength(1);
    expect(out[0].message).toContain("adminPassword");
    expect(out[0].message).not.toContain("x-not-real");
    expect(out[0].enforcementLevel).toBe("advisory");
    expect(vm({ adminPassword: "x-not-real" }, "Linux")).toHaveLength(1);
  });
  it("checks scale sets and says when the flag is unknown", () => {
    expect(run(rule, "azure-native:compute:VirtualMachineScaleSet", { virtualMachineProfile: { osProfile: { adminPassword: "x", linuxConfiguration: {} } } })).toHaveLength(1);
    expectUnverified(vm({ linuxConfiguration: { disablePasswordAuthentication: UNKNOWN_BOOL } }), "osProfile.linuxConfiguration.disablePasswordAuthentication");
  });
});
