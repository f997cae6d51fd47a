import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/compute/azure-vm-no-eol-image";
import { UNKNOWN_OBJECT, UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { messages, run } from "../helpers";
import { expectUnverified } from "../../unverified";

const VM = "azure-native:compute:VirtualMachine";
const NOW = { now: "2026-11-29" };
const vm = (imageReference: unknown) => run(rule, VM, { resourceGroupName: "rg", storageProfile: { imageReference } }, NOW);

describe("azure-vm-no-eol-image", () => {
  it("passes maintained Marketplace images, gallery images and absent references", () => {
    expect(vm({ publisher: "Canonical", offer: "ubuntu-24_04-lts", sku: "server", version: "latest" })).toEqual([]);
    expect(vm({ publisher: "MicrosoftWindowsServer", offer: "WindowsServer", sku: "2022-datacenter-azure-edition", version: "latest" })).toEqual([]);
    expect(vm({ id: "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Compute/galleries/g/images/app/versions/1.0.0" })).toEqual([]);
    expect(run(rule, VM, { resourceGroupName: "rg" }, NOW)).toEqual([]);
  });
  it.each([
    [{ publisher: "Canonical", offer: "UbuntuServer", sku: "16.04-LTS" }, "Ubuntu 16.04"],
    [{ publisher: "Canonical", offer: "UbuntuServer", sku: "18.04-LTS" }, "Ubuntu 18.04"],
    [{ publisher: "canonical", offer: "0001-com-ubuntu-server-focal", sku: "20_04-lts-gen2" }, "Ubuntu 20.04"],
    [{ publisher: "MicrosoftWindowsServer", offer: "WindowsServer", sku: "2012-R2-Datacenter" }, "Windows Server 2012"],
    [{ publisher: "OpenLogic", offer: "CentOS", sku: "7_9" }, "CentOS 7"],
  ])("fails %o (%s)", (ref, os) => {
    const out = vm({ ...ref, version: "latest" });
    expect(out).toHaveLength(1);
    expect(out[0].message).toMatch(/^\[O-7\.1, O-3\.10\]/);
    expect(out[0].message).toContain(os);
    expect(out[0].enforcementLevel).toBe("mandatory");
  });
  it("checks scale sets", () => {
    const out = run(rule, "azure-native:compute:VirtualMachineScaleSet", { virtualMachineProfile: { storageProfile: { imageReference: { publisher: "Canonical", offer: "UbuntuServer", sku: "18.04-LTS" } } } }, NOW);
    expect(messages(out)[0]).toContain("virtualMachineProfile.storageProfile.imageReference");
  });
  it("never passes an image reference unknown during preview", () => {
    expectUnverified(vm(UNKNOWN_OBJECT), "storageProfile.imageReference");
    expectUnverified(vm({ publisher: "Canonical", offer: UNKNOWN_STRING, sku: "18.04-LTS" }), "storageProfile.imageReference.offer");
  });
});
