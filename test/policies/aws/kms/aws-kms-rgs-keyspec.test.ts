import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/kms/aws-kms-rgs-keyspec";
import { run } from "../helpers";

describe("aws-kms-rgs-keyspec", () => {
  it.each(["SYMMETRIC_DEFAULT", "RSA_2048", "RSA_3072", "ECC_NIST_P256", "HMAC_256"])("passes %s", (spec) => expect(run(rule, "aws:kms/key:Key", { customerMasterKeySpec: spec })).toEqual([]));
  it("passes an absent spec (SYMMETRIC_DEFAULT)", () => expect(run(rule, "aws:kms/key:Key", {})).toEqual([]));
  it.each(["ECC_SECG_P256K1", "HMAC_224", "SM2"])("fails %s", (spec) => {
    const out = run(rule, "aws:kms/key:Key", { customerMasterKeySpec: spec });
    expect(out).toHaveLength(1);
    expect(out[0].message).toContain(spec);
  });
  it("reads keySpec on external keys", () => expect(run(rule, "aws:kms/externalKey:ExternalKey", { keySpec: "ECC_SECG_P256K1" })[0].message).toContain("`keySpec`"));
});
