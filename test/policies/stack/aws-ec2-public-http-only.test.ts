import { describe, expect, it } from "vitest";
import { rule } from "../../../policies/rules/aws/ec2/aws-ec2-public-http-only";
import { runStackRule, UNKNOWN_BOOL, UNKNOWN_STRING } from "../../helpers/policy-harness";

const world = (fromPort: number, toPort = fromPort) => ({ protocol: "tcp", fromPort, toPort, cidrBlocks: ["0.0.0.0/0"] });
const sg = (ingress: unknown[]) => ({ type: "aws:ec2/securityGroup:SecurityGroup", name: "web", props: { ingress } });
const instance = (props: Record<string, unknown> = {}) => ({
  type: "aws:ec2/instance:Instance", name: "www",
  props: { ami: "ami-0", instanceType: "t3.micro", vpcSecurityGroupIds: [UNKNOWN_STRING], ...props },
  propertyDependencies: { vpcSecurityGroupIds: ["web"], ...(props.subnetId === UNKNOWN_STRING ? { subnetId: ["net"] } : {}) },
});
const subnet = (props: Record<string, unknown>) => ({ type: "aws:ec2/subnet:Subnet", name: "net", props: { cidrBlock: "10.0.1.0/24", ...props } });
const levels = (out: { enforcementLevel: string; urn?: string }[]) => out.map((v) => [v.urn?.split("::").pop(), v.enforcementLevel]);

describe("aws-ec2-public-http-only", () => {
  it("blocks an instance in the default VPC (no subnet: public address by default) that serves port 80 to the internet only", () => {
    const out = runStackRule(rule, [sg([world(80)]), instance()]);
    expect(levels(out)).toEqual([["www", "mandatory"]]);
    expect(out[0].message).toContain("80");
  });
  it("blocks through a standalone ingress rule, a port range covering 8080, an Elastic IP or a public subnet", () => {
    const rule80 = { type: "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", name: "r80", props: { securityGroupId: UNKNOWN_STRING, ipProtocol: "tcp", fromPort: 8000, toPort: 8100, cidrIpv4: "0.0.0.0/0" }, propertyDependencies: { securityGroupId: ["web"] } };
    expect(levels(runStackRule(rule, [sg([]), rule80, instance()]))).toEqual([["www", "mandatory"]]);
    const eip = { type: "aws:ec2/eip:Eip", name: "ip", props: { instance: UNKNOWN_STRING }, propertyDependencies: { instance: ["www"] } };
    expect(levels(runStackRule(rule, [sg([world(80)]), subnet({}), eip, instance({ subnetId: UNKNOWN_STRING })]))).toEqual([["www", "mandatory"]]);
    expect(levels(runStackRule(rule, [sg([world(80)]), subnet({ mapPublicIpOnLaunch: true }), instance({ subnetId: UNKNOWN_STRING })]))).toEqual([["www", "mandatory"]]);
  });
  it("passes HTTP with HTTPS (a redirect), HTTP from a private range, a private instance and a private subnet", () => {
    expect(runStackRule(rule, [sg([world(80), world(443)]), instance()])).toEqual([]);
    expect(runStackRule(rule, [sg([{ ...world(80), cidrBlocks: ["10.0.0.0/8"] }]), instance()])).toEqual([]);
    expect(runStackRule(rule, [sg([world(80)]), instance({ associatePublicIpAddress: false })])).toEqual([]);
    expect(runStackRule(rule, [sg([world(80)]), subnet({}), instance({ subnetId: UNKNOWN_STRING })])).toEqual([]);
    expect(runStackRule(rule, [sg([{ ...world(80), protocol: "udp" }]), instance()])).toEqual([]);
  });
  it("reports an unknown public-address flag once, as verified at pulumi up, and an outside subnet as advisory", () => {
    const unknown = runStackRule(rule, [sg([world(80)]), instance({ associatePublicIpAddress: UNKNOWN_BOOL })]);
    expect(levels(unknown)).toEqual([["www", "advisory"]]);
    expect(unknown[0].message).toContain("pulumi up");
    const outside = runStackRule(rule, [sg([world(80)]), instance({ subnetId: "subnet-0abc" })]);
    expect(levels(outside)).toEqual([["www", "advisory"]]);
    expect(outside[0].message).toContain("outside the stack");
  });
});
