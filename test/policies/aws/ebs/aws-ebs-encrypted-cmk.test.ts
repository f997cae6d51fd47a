import { describe, expect, it } from "vitest";
import { awsRules } from "../../../../policies/rules/aws";
import { rule } from "../../../../policies/rules/aws/ebs/aws-ebs-encrypted-cmk";
import { UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { AWS_MANAGED, CMK, OTHER_ACCOUNT_KEY, run, STRICT_KEYS } from "../helpers";

const dev = { encrypted: true, kmsKeyId: CMK };
describe("aws-ebs-encrypted-cmk", () => {
  it("passes CMK-encrypted volumes, instances and launch templates", () => {
    expect(run(rule, "aws:ebs/volume:Volume", { size: 10, ...dev })).toEqual([]);
    expect(run(rule, "aws:ec2/instance:Instance", { rootBlockDevice: dev, ebsBlockDevices: [{ deviceName: "/dev/sdb", ...dev }] })).toEqual([]);
    expect(run(rule, "aws:ec2/launchTemplate:LaunchTemplate", { blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: dev }] })).toEqual([]);
  });
  it("fails unencrypted or default-following volumes", () => {
    expect(run(rule, "aws:ebs/volume:Volume", { kmsKeyId: CMK })[0].message).toContain("`encrypted`");
    expect(run(rule, "aws:ec2/instance:Instance", {})[0].message).toContain("rootBlockDevice");
    expect(run(rule, "aws:ec2/instance:Instance", { rootBlockDevice: dev, ebsBlockDevices: [{ encrypted: false }] })[0].message).toContain("ebsBlockDevices[0]");
  });
  it("fails AWS-managed and absent keys, passes an unknown key of the stack", () => {
    expect(run(rule, "aws:ebs/volume:Volume", { encrypted: true, kmsKeyId: AWS_MANAGED })[0].message).toContain("alias/aws/ebs");
    expect(run(rule, "aws:ebs/volume:Volume", { encrypted: true })[0].message).toContain("absent");
    expect(run(rule, "aws:ebs/volume:Volume", { encrypted: true, kmsKeyId: UNKNOWN_STRING })).toEqual([]);
  });
  it("enforces the profile's key allowlist", () => {
    expect(run(rule, "aws:ebs/volume:Volume", dev, { profile: STRICT_KEYS })).toEqual([]);
    expect(run(rule, "aws:ebs/volume:Volume", { encrypted: true, kmsKeyId: OTHER_ACCOUNT_KEY }, { profile: STRICT_KEYS })[0].message).toContain("999988887777");
  });
  it("checks account-level encryption by default and its key", () => {
    expect(run(rule, "aws:ebs/encryptionByDefault:EncryptionByDefault", { enabled: false })).toHaveLength(1);
    expect(run(rule, "aws:ebs/encryptionByDefault:EncryptionByDefault", {})).toEqual([]);
    expect(run(rule, "aws:ebs/defaultKmsKey:DefaultKmsKey", { keyArn: "arn:aws:kms:eu-west-3:1:alias/aws/ebs" })).toHaveLength(1);
  });
  it("escalates to critical on health data through the AWS index", () => {
    const wrapped = awsRules.find((r) => r.name === rule.name);
    if (!wrapped || wrapped.kind !== "resource") throw new Error("rule not registered");
    expect(run(wrapped, "aws:ebs/volume:Volume", { tags: { "data-classification": "health" } })[0].severity).toBe("critical");
    expect(run(wrapped, "aws:ebs/volume:Volume", {})[0].severity).toBe("high");
  });
});
