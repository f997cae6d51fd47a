import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/kms/aws-kms-rsa2048-expired";
import { run } from "../helpers";

describe("aws-kms-rsa2048-expired", () => {
  it("passes RSA_2048 before 2031 and other specs", () => {
    expect(run(rule, "aws:kms/key:Key", { customerMasterKeySpec: "RSA_2048" }, { now: "2030-06-01T00:00:00Z" })).toEqual([]);
    expect(run(rule, "aws:kms/key:Key", { customerMasterKeySpec: "RSA_3072" }, { now: "2031-06-01T00:00:00Z" })).toEqual([]);
  });
  it("fails RSA_2048 after 2030", () => expect(run(rule, "aws:kms/key:Key", { customerMasterKeySpec: "RSA_2048" }, { now: "2031-01-02T00:00:00Z" })[0].message).toContain("RSA_2048"));
});
