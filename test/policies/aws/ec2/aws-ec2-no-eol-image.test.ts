import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/ec2/aws-ec2-no-eol-image";
import { run } from "../helpers";

const NOW = { now: "2026-11-29" };

describe("aws-ec2-no-eol-image", () => {
  it("passes AMI ids, maintained named images and current EKS AMI types", () => {
    expect(run(rule, "aws:ec2/instance:Instance", { ami: "ami-0123456789abcdef0", instanceType: "t3.micro" }, NOW)).toEqual([]);
    expect(run(rule, "aws:ec2/instance:Instance", { ami: "resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64" }, NOW)).toEqual([]);
    expect(run(rule, "aws:eks/nodeGroup:NodeGroup", { amiType: "AL2023_x86_64_STANDARD" }, NOW)).toEqual([]);
    expect(run(rule, "aws:eks/nodeGroup:NodeGroup", {}, NOW)).toEqual([]);
  });
  it("fails named images past their vendor's end of support", () => {
    const al2 = run(rule, "aws:ec2/instance:Instance", { ami: "resolve:ssm:/aws/service/ami-amazon-linux-latest/amzn2-ami-hvm-x86_64-gp2" }, NOW);
    expect(al2).toHaveLength(1);
    expect(al2[0].message).toContain("Amazon Linux 2");
    expect(al2[0].enforcementLevel).toBe("mandatory");
    expect(run(rule, "aws:ec2/launchTemplate:LaunchTemplate", { imageId: "resolve:ssm:/aws/service/canonical/ubuntu/server/18.04/stable/current/amd64/hvm/ebs-gp2/ami-id" }, NOW)[0].message).toContain("Ubuntu 18.04");
    expect(run(rule, "aws:eks/nodeGroup:NodeGroup", { amiType: "AL2_x86_64" }, NOW)[0].message).toContain("2025-11-26");
  });
  it("dates Amazon Linux 2: maintained until 2026-06-30", () => {
    expect(run(rule, "aws:ec2/instance:Instance", { ami: "resolve:ssm:/aws/service/ami-amazon-linux-latest/amzn2-ami-hvm-x86_64-gp2" }, { now: "2026-06-29" })).toEqual([]);
  });
});
