import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/ec2/aws-sg-no-open-admin-ports";
import { UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { run } from "../helpers";

const SG = "aws:ec2/securityGroup:SecurityGroup";
const ing = (x: Record<string, unknown>) => ({ ingress: [{ fromPort: 443, toPort: 443, protocol: "tcp", cidrBlocks: ["0.0.0.0/0"] }, x] });
describe("aws-sg-no-open-admin-ports", () => {
  it("passes HTTPS open to the internet and SSH from an admin range", () => expect(run(rule, SG, ing({ fromPort: 22, toPort: 22, protocol: "tcp", cidrBlocks: ["192.0.2.0/24"] }))).toEqual([]));
  it("fails SSH open to the internet, critical, naming the port", () => {
    const out = run(rule, SG, ing({ fromPort: 22, toPort: 22, protocol: "tcp", cidrBlocks: ["0.0.0.0/0"] }));
    expect(out).toHaveLength(1);
    expect(out[0].severity).toBe("critical");
    expect(out[0].message).toContain("ingress[1]");
    expect(out[0].message).toContain("22");
  });
  it("fails IPv6, port ranges and all-protocol rules", () => {
    expect(run(rule, SG, ing({ fromPort: 3389, toPort: 3389, protocol: "tcp", ipv6CidrBlocks: ["::/0"] }))).toHaveLength(1);
    expect(run(rule, SG, ing({ fromPort: 1000, toPort: 6000, protocol: "tcp", cidrBlocks: ["0.0.0.0/0"] }))).toHaveLength(1);
    expect(run(rule, SG, ing({ fromPort: 0, toPort: 0, protocol: "-1", cidrBlocks: ["0.0.0.0/0"] }))).toHaveLength(1);
  });
  it("checks standalone rules", () => {
    expect(run(rule, "aws:ec2/securityGroupRule:SecurityGroupRule", { type: "ingress", fromPort: 5432, toPort: 5432, protocol: "tcp", cidrBlocks: ["0.0.0.0/0"], securityGroupId: "sg" })).toHaveLength(1);
    expect(run(rule, "aws:ec2/securityGroupRule:SecurityGroupRule", { type: "egress", fromPort: 0, toPort: 0, protocol: "-1", cidrBlocks: ["0.0.0.0/0"] })).toEqual([]);
    expect(run(rule, "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", { ipProtocol: "tcp", fromPort: 22, toPort: 22, cidrIpv4: "0.0.0.0/0" })).toHaveLength(1);
    expect(run(rule, "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", { ipProtocol: "-1", cidrIpv6: "::/0" })).toHaveLength(1);
  });
  it("does not treat an unknown CIDR (a network output) as open", () => expect(run(rule, SG, ing({ fromPort: 22, toPort: 22, protocol: "tcp", cidrBlocks: [UNKNOWN_STRING] }))).toEqual([]));
  it("follows the profile's admin ports", () => expect(run(rule, SG, ing({ fromPort: 8080, toPort: 8080, protocol: "tcp", cidrBlocks: ["0.0.0.0/0"] }), { profile: { adminPorts: [8080] } })).toHaveLength(1));
});
