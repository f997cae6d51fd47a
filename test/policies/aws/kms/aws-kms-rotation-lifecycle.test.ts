import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/kms/aws-kms-rotation-lifecycle";
import { run } from "../helpers";

describe("aws-kms-rotation-lifecycle", () => {
  it("passes a rotated symmetric key", () => expect(run(rule, "aws:kms/key:Key", { enableKeyRotation: true, rotationPeriodInDays: 365 })).toEqual([]));
  it("fails a symmetric key without rotation (absent is off)", () => expect(run(rule, "aws:kms/key:Key", {})[0].message).toContain("enableKeyRotation"));
  it("fails a rotation period over a year", () => expect(run(rule, "aws:kms/key:Key", { enableKeyRotation: true, rotationPeriodInDays: 730 })[0].message).toContain("730"));
  it("ignores asymmetric and HMAC keys", () => {
    expect(run(rule, "aws:kms/key:Key", { customerMasterKeySpec: "RSA_3072", keyUsage: "SIGN_VERIFY" })).toEqual([]);
    expect(run(rule, "aws:kms/key:Key", { customerMasterKeySpec: "HMAC_256", keyUsage: "GENERATE_VERIFY_MAC" })).toEqual([]);
  });
});
