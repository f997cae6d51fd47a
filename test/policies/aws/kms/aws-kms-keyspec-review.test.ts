import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/kms/aws-kms-keyspec-review";
import { run } from "../helpers";

describe("aws-kms-keyspec-review", () => {
  it("warns on RSA_2048 until 2030, then leaves it to aws-kms-rsa2048-expired", () => {
    const out = run(rule, "aws:kms/key:Key", { customerMasterKeySpec: "RSA_2048" }, { now: "2026-05-01T00:00:00Z" });
    expect(out[0].enforcementLevel).toBe("advisory");
    expect(run(rule, "aws:kms/key:Key", { customerMasterKeySpec: "RSA_2048" }, { now: "2031-01-02T00:00:00Z" })).toEqual([]);
  });
  it("asks for review of Ed25519 and ML-DSA", () => {
    expect(run(rule, "aws:kms/key:Key", { customerMasterKeySpec: "ECC_NIST_EDWARDS25519" })).toHaveLength(1);
    expect(run(rule, "aws:kms/key:Key", { customerMasterKeySpec: "ML_DSA_65" })).toHaveLength(1);
  });
  it("passes recommended specs", () => expect(run(rule, "aws:kms/key:Key", { customerMasterKeySpec: "RSA_4096" })).toEqual([]));
});
