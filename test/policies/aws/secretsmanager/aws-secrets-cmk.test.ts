import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/secretsmanager/aws-secrets-cmk";
import { CMK, run } from "../helpers";

describe("aws-secrets-cmk", () => {
  it("passes a secret with a CMK and a SecureString with a CMK", () => {
    expect(run(rule, "aws:secretsmanager/secret:Secret", { kmsKeyId: CMK })).toEqual([]);
    expect(run(rule, "aws:ssm/parameter:Parameter", { name: "/app/db-password", type: "SecureString", keyId: CMK })).toEqual([]);
  });
  it("fails a secret with the default aws/secretsmanager key", () => expect(run(rule, "aws:secretsmanager/secret:Secret", {})[0].message).toContain("kmsKeyId"));
  it("fails a sensitive-looking plaintext SSM parameter, never printing its value", () => {
    const out = run(rule, "aws:ssm/parameter:Parameter", { name: "/app/api-token", type: "String", value: "s3cr3t-value" });
    expect(out).toHaveLength(1);
    expect(out[0].message).toContain("/app/api-token");
    expect(out[0].message).not.toContain("s3cr3t-value");
  });
  it("ignores ordinary String parameters and fails SecureString with the AWS key", () => {
    expect(run(rule, "aws:ssm/parameter:Parameter", { name: "/app/feature-flag", type: "String", value: "on" })).toEqual([]);
    expect(run(rule, "aws:ssm/parameter:Parameter", { name: "/app/x", type: "SecureString" })[0].message).toContain("keyId");
  });
});
