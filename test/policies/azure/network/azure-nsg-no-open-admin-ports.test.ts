import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/network/azure-nsg-no-open-admin-ports";
import { UNKNOWN_ARRAY, UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { messages, run, withProps } from "../helpers";

const NSG = "azure-native:network:NetworkSecurityGroup";
const SR = "azure-native:network:SecurityRule";
const https = { name: "https", direction: "Inbound", access: "Allow", protocol: "Tcp", sourceAddressPrefix: "*", destinationPortRange: "443", priority: 100 };
const ssh = { name: "ssh", direction: "Inbound", access: "Allow", protocol: "Tcp", sourceAddressPrefix: "Internet", destinationPortRange: "22", priority: 110 };

describe("azure-nsg-no-open-admin-ports", () => {
  it("passes a public HTTPS rule and an admin port from a restricted source", () => {
    expect(run(rule, NSG, { securityRules: [https, withProps(ssh, { sourceAddressPrefix: "203.0.113.0/24" })] })).toEqual([]);
  });
  it("fails SSH open to Internet, as critical", () => {
    const out = run(rule, NSG, { securityRules: [https, ssh] });
    expect(messages(out)[0]).toMatch(/securityRules\[1\] \(ssh\).*Internet.*22/);
    expect(out[0].severity).toBe("critical");
  });
  it("fails wildcard ports, port ranges and prefix lists", () => {
    expect(run(rule, SR, { ...https, destinationPortRange: "*" })).toHaveLength(1);
    expect(run(rule, SR, { ...https, destinationPortRange: undefined, destinationPortRanges: ["443", "3380-3390"] })).toHaveLength(1);
    expect(run(rule, SR, { ...ssh, sourceAddressPrefix: undefined, sourceAddressPrefixes: ["10.0.0.0/8", "0.0.0.0/0"] })).toHaveLength(1);
  });
  it("ignores outbound, deny and ICMP rules", () => {
    expect(run(rule, SR, { ...ssh, direction: "Outbound" })).toEqual([]);
    expect(run(rule, SR, { ...ssh, access: "Deny" })).toEqual([]);
    expect(run(rule, SR, { ...ssh, protocol: "Icmp", destinationPortRange: "*" })).toEqual([]);
  });
  it("fails unknown sources, ports or rule lists", () => {
    expect(run(rule, SR, { ...ssh, sourceAddressPrefix: UNKNOWN_STRING })).toHaveLength(1);
    expect(run(rule, SR, { ...https, destinationPortRange: UNKNOWN_STRING })).toHaveLength(1);
    expect(run(rule, SR, { ...ssh, direction: UNKNOWN_STRING })).toHaveLength(1);
    expect(run(rule, NSG, { securityRules: UNKNOWN_ARRAY })).toHaveLength(1);
  });
  it("follows the profile's admin ports", () => {
    expect(run(rule, SR, { ...https, destinationPortRange: "8080" }, { profile: { adminPorts: [8080] } })).toHaveLength(1);
  });
});
