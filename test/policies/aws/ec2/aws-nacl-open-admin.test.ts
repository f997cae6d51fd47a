import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/ec2/aws-nacl-open-admin";
import { run } from "../helpers";

const R = "aws:ec2/networkAclRule:NetworkAclRule";
const base = { networkAclId: "acl", ruleNumber: 100, protocol: "6", ruleAction: "allow", cidrBlock: "0.0.0.0/0", fromPort: 22, toPort: 22 };
describe("aws-nacl-open-admin", () => {
  it("passes HTTPS, deny rules and egress rules", () => {
    expect(run(rule, R, { ...base, fromPort: 443, toPort: 443 })).toEqual([]);
    expect(run(rule, R, { ...base, ruleAction: "deny" })).toEqual([]);
    expect(run(rule, R, { ...base, egress: true })).toEqual([]);
  });
  it("fails an inbound allow from anywhere to SSH, medium", () => {
    const out = run(rule, R, base);
    expect(out[0].severity).toBe("medium");
    expect(out[0].message).toContain("0.0.0.0/0");
  });
  it("checks inline NACL ingress entries", () => {
    expect(run(rule, "aws:ec2/networkAcl:NetworkAcl", { ingress: [{ action: "allow", protocol: "-1", cidrBlock: "0.0.0.0/0", fromPort: 0, toPort: 0, ruleNo: 1 }] })).toHaveLength(1);
  });
});
