import { describe, expect, it } from "vitest";
import { rule } from "../../../policies/rules/stack/azure-public-ip-nsg-filtered";
import { runStackRule, UNKNOWN_OBJECT, UNKNOWN_STRING, type StackInputResource } from "../../helpers/policy-harness";

const SUB = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network";
const pip = (sku?: string): StackInputResource => ({ type: "azure-native:network:PublicIPAddress", name: "pip", props: { resourceGroupName: "rg", publicIpAddressName: "pip", ...(sku ? { sku: { name: sku } } : {}) } });
const vnet = (nsg: boolean): StackInputResource => ({
  type: "azure-native:network:VirtualNetwork", name: "vnet",
  props: { resourceGroupName: "rg", virtualNetworkName: "vnet", subnets: [{ name: "default", addressPrefix: "10.0.1.0/24", ...(nsg ? { networkSecurityGroup: { id: `${SUB}/networkSecurityGroups/nsg` } } : {}) }] },
});
const nic = (extra: Record<string, unknown> = {}, deps = ["pip", "vnet"]): StackInputResource => ({
  type: "azure-native:network:NetworkInterface", name: "vm-nic",
  props: { resourceGroupName: "rg", ipConfigurations: [{ name: "ip", publicIPAddress: { id: UNKNOWN_STRING }, subnet: { id: UNKNOWN_STRING } }], ...extra },
  propertyDependencies: { ipConfigurations: deps },
});

describe("azure-public-ip-nsg-filtered", () => {
  it("passes an interface with its own NSG, a subnet NSG, or a Standard public IP (closed by default)", () => {
    expect(runStackRule(rule, [pip("Basic"), vnet(false), nic({ networkSecurityGroup: { id: UNKNOWN_STRING } })])).toEqual([]);
    expect(runStackRule(rule, [pip("Basic"), vnet(true), nic()])).toEqual([]);
    expect(runStackRule(rule, [pip("Standard"), vnet(false), nic()])).toEqual([]);
  });
  it("passes interfaces without a public IP", () => {
    const priv = { ...nic({}, ["vnet"]), props: { resourceGroupName: "rg", ipConfigurations: [{ name: "ip", subnet: { id: `${SUB}/virtualNetworks/vnet/subnets/default` } }] } };
    expect(runStackRule(rule, [vnet(false), priv])).toEqual([]);
  });
  it("fails a Basic or SKU-less public IP with no NSG anywhere", () => {
    const basic = runStackRule(rule, [pip("Basic"), vnet(false), nic()]);
    expect(basic).toHaveLength(1);
    expect(basic[0].message).toMatch(/^\[O-5\.3\]/);
    expect(basic[0].message).toContain("SKU Basic");
    expect(basic[0].urn).toContain("vm-nic");
    expect(basic[0].enforcementLevel).toBe("mandatory");
    expect(runStackRule(rule, [pip(), vnet(false), nic()])[0].message).toContain("Basic by default");
  });
  it("links by literal ids when there are no dependencies", () => {
    const literal = nic({ ipConfigurations: [{ name: "ip", publicIPAddress: { id: `${SUB}/publicIPAddresses/pip` }, subnet: { id: `${SUB}/virtualNetworks/vnet/subnets/default` } }] }, []);
    expect(runStackRule(rule, [pip("Basic"), vnet(false), literal])).toHaveLength(1);
    expect(runStackRule(rule, [pip("Basic"), vnet(true), literal])).toEqual([]);
  });
  it("checks a VM's inline interfaces", () => {
    const vm = (nsg: boolean, sku: string): StackInputResource => ({
      type: "azure-native:compute:VirtualMachine", name: "vm",
      props: { resourceGroupName: "rg", networkProfile: { networkInterfaceConfigurations: [{ name: "nic", ...(nsg ? { networkSecurityGroup: { id: "x" } } : {}), ipConfigurations: [{ name: "ip", publicIPAddressConfiguration: { name: "pip", sku: { name: sku } }, subnet: { id: `${SUB}/virtualNetworks/vnet/subnets/default` } }] }] } },
    });
    expect(runStackRule(rule, [vnet(false), vm(false, "Basic")])[0].message).toContain("networkInterfaceConfigurations[0].ipConfigurations[0]");
    expect(runStackRule(rule, [vnet(false), vm(true, "Basic")])).toEqual([]);
    expect(runStackRule(rule, [vnet(false), vm(false, "Standard")])).toEqual([]);
  });
  it("never passes what it cannot verify: a subnet outside the stack, unknown configurations", () => {
    const external = nic({ ipConfigurations: [{ name: "ip", publicIPAddress: { id: UNKNOWN_STRING }, subnet: { id: "/subscriptions/x/resourceGroups/other/providers/Microsoft.Network/virtualNetworks/hub/subnets/s" } }] }, ["pip"]);
    expect(runStackRule(rule, [pip("Basic"), external])[0].message).toContain("cannot be verified");
    expect(runStackRule(rule, [nic({ ipConfigurations: UNKNOWN_OBJECT }, [])])[0].message).toContain("unknown during preview");
  });
});
