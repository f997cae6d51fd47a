import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/ec2/aws-sg-admin-source-allowlist";
import { UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { run } from "../helpers";
import { expectUnverified } from "../../unverified";

const SG = "aws:ec2/securityGroup:SecurityGroup";
const profile = { adminCidrs: ["192.0.2.0/24"], vendorMaintenanceCidrs: ["198.51.100.10/32"] };
const ssh = (cidrBlocks: unknown[]) => run(rule, SG, { ingress: [{ fromPort: 22, toPort: 22, protocol: "tcp", cidrBlocks }] }, { profile });
describe("aws-sg-admin-source-allowlist", () => {
  it("passes declared admin and vendor ranges, and SG references", () => {
    expect(ssh(["192.0.2.128/25", "198.51.100.10/32"])).toEqual([]);
    expect(run(rule, SG, { ingress: [{ fromPort: 22, toPort: 22, protocol: "tcp", securityGroups: ["sg-bastion"] }] }, { profile })).toEqual([]);
  });
  it("fails an undeclared range to an admin port", () => expect(ssh(["203.0.113.0/24"])[0].message).toContain("203.0.113.0/24"));
  it("accepts internal (RFC 1918, CGNAT) sources, with or without declared ranges", () => {
    expect(ssh(["10.0.0.0/16", "172.31.0.0/20", "192.168.1.0/24", "100.64.0.0/16"])).toEqual([]);
    expect(run(rule, SG, { ingress: [{ fromPort: 22, toPort: 22, protocol: "tcp", cidrBlocks: ["10.0.0.0/16"] }] })).toEqual([]);
    expect(ssh(["11.0.0.0/8"])).toHaveLength(1);
  });
  it("leaves open sources to the critical rule", () => expect(ssh(["0.0.0.0/0"])).toEqual([]));
  it("reports an unknown source on an admin port once, enforced at pulumi up", () => expectUnverified(ssh([UNKNOWN_STRING])));
  it("ignores non-admin ports", () => expect(run(rule, SG, { ingress: [{ fromPort: 443, toPort: 443, protocol: "tcp", cidrBlocks: ["203.0.113.0/24"] }] }, { profile })).toEqual([]));
});
