import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/kms/aws-kms-rotation-lifecycle";
import { run } from "../helpers";

describe("aws-kms-rotation-lifecycle", () => {
  it("passes a rotated symmetric key", () => expect(run(rule, "aws:kms/key:Key", { enableKeyRotation: true, rotationPeriodInDays: 365 })).toEqual([]));
  it("fails a symmetric key without rotation (absent is off)", () => expect(run(rule, "aws:kms/key:Key", {})[0].message).toContain("enableKeyRotation"));
  it("fails a rotation period over the CCTP's (keys.rotationDays), the AWS default 365 included", () => {
    const cctp = { profile: { keys: { rotationDays: 365 } } };
    expect(run(rule, "aws:kms/key:Key", { enableKeyRotation: true, rotationPeriodInDays: 730 }, cctp)[0].message).toContain("730");
    expect(run(rule, "aws:kms/key:Key", { enableKeyRotation: true, rotationPeriodInDays: 730 }, cctp)[0].enforcementLevel).toBe("mandatory");
    expect(run(rule, "aws:kms/key:Key", { enableKeyRotation: true }, { profile: { keys: { rotationDays: 180 } } })[0].message).toContain("365");
  });
  it("invents no period: without keys.rotationDays, rotation off is advisory and names the key", () => {
    expect(run(rule, "aws:kms/key:Key", { enableKeyRotation: true, rotationPeriodInDays: 730 })).toEqual([]);
    const off = run(rule, "aws:kms/key:Key", {});
    expect(off[0].enforcementLevel).toBe("advisory");
    expect(off[0].message).toContain("keys.rotationDays");
  });
  it("ignores asymmetric and HMAC keys", () => {
    expect(run(rule, "aws:kms/key:Key", { customerMasterKeySpec: "RSA_3072", keyUsage: "SIGN_VERIFY" })).toEqual([]);
    expect(run(rule, "aws:kms/key:Key", { customerMasterKeySpec: "HMAC_256", keyUsage: "GENERATE_VERIFY_MAC" })).toEqual([]);
  });
});
