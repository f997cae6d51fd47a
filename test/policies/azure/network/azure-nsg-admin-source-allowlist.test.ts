import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/network/azure-nsg-admin-source-allowlist";
import { UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { messages, run } from "../helpers";

const SR = "azure-native:network:SecurityRule";
const rdp = { direction: "Inbound", access: "Allow", protocol: "*", sourceAddressPrefix: "198.51.100.10/32", destinationPortRange: "3389", priority: 100 };
const profile = { adminCidrs: ["198.51.100.0/24"], vendorMaintenanceCidrs: ["192.0.2.0/28"] };

describe("azure-nsg-admin-source-allowlist", () => {
  it("passes admin and vendor ranges, internal tags and ASG-only sources", () => {
    expect(run(rule, SR, rdp, { profile })).toEqual([]);
    expect(run(rule, SR, { ...rdp, sourceAddressPrefix: undefined, sourceAddressPrefixes: ["192.0.2.4/30", "VirtualNetwork", "AzureLoadBalancer"] }, { profile })).toEqual([]);
    expect(run(rule, SR, { ...rdp, sourceAddressPrefix: undefined, sourceApplicationSecurityGroups: [{ id: "/asg/admins" }] }, { profile })).toEqual([]);
  });
  it("fails a public source outside the declared ranges", () => {
    const out = run(rule, SR, { ...rdp, sourceAddressPrefix: "203.0.113.0/24" }, { profile });
    expect(messages(out)[0]).toContain("203.0.113.0/24");
    expect(out[0].severity).toBe("high");
  });
  it("accepts internal (RFC 1918) sources, filtered by the network itself", () => {
    expect(run(rule, SR, { ...rdp, sourceAddressPrefix: "10.1.0.0/16" }, { profile })).toEqual([]);
    expect(run(rule, SR, { ...rdp, sourceAddressPrefix: "172.20.0.0/16" })).toEqual([]);
  });
  it("fails other service tags", () => {
    expect(run(rule, SR, { ...rdp, sourceAddressPrefix: "AzureCloud" }, { profile })).toHaveLength(1);
  });
  it("fails every admin source when the profile declares no range", () => {
    expect(run(rule, SR, rdp)).toHaveLength(1);
  });
  it("leaves open sources and unknowns to the critical rule, and non-admin ports alone", () => {
    expect(run(rule, SR, { ...rdp, sourceAddressPrefix: "*" }, { profile })).toEqual([]);
    expect(run(rule, SR, { ...rdp, sourceAddressPrefix: UNKNOWN_STRING }, { profile })).toEqual([]);
    expect(run(rule, SR, { ...rdp, sourceAddressPrefix: "10.1.0.0/16", destinationPortRange: "443" }, { profile })).toEqual([]);
  });
});
