import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/ec2/aws-vendor-maintenance-ip-declared";
import { run } from "../helpers";

const SG = "aws:ec2/securityGroup:SecurityGroup";
const profile = { vendorMaintenanceCidrs: ["198.51.100.0/24"] };
describe("aws-vendor-maintenance-ip-declared", () => {
  it("passes ordinary rules and tagged maintenance openings", () => {
    expect(run(rule, SG, { ingress: [{ fromPort: 443, toPort: 443, protocol: "tcp", cidrBlocks: ["10.0.0.0/8"] }] }, { profile })).toEqual([]);
    expect(run(rule, SG, { tags: { "clausier:maintenance-window": "CHG-42" }, ingress: [{ fromPort: 22, toPort: 22, protocol: "tcp", cidrBlocks: ["198.51.100.7/32"] }] }, { profile })).toEqual([]);
  });
  it("advises on an untagged opening from a vendor range or described as maintenance", () => {
    const out = run(rule, SG, { ingress: [{ fromPort: 22, toPort: 22, protocol: "tcp", cidrBlocks: ["198.51.100.7/32"] }] }, { profile });
    expect(out).toHaveLength(1);
    expect(out[0].enforcementLevel).toBe("advisory");
    expect(run(rule, "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", { ipProtocol: "tcp", fromPort: 3389, toPort: 3389, cidrIpv4: "203.0.113.5/32", description: "Télémaintenance éditeur" })).toHaveLength(1);
  });
});
