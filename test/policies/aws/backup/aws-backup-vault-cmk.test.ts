import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/backup/aws-backup-vault-cmk";
import { CMK, run } from "../helpers";

describe("aws-backup-vault-cmk", () => {
  it("passes both vault kinds with a CMK", () => {
    expect(run(rule, "aws:backup/vault:Vault", { kmsKeyArn: CMK })).toEqual([]);
    expect(run(rule, "aws:backup/logicallyAirGappedVault:LogicallyAirGappedVault", { encryptionKeyArn: CMK, maxRetentionDays: 30, minRetentionDays: 7 })).toEqual([]);
  });
  it("fails vaults without a CMK", () => {
    expect(run(rule, "aws:backup/vault:Vault", {})[0].message).toContain("kmsKeyArn");
    expect(run(rule, "aws:backup/logicallyAirGappedVault:LogicallyAirGappedVault", {})[0].message).toContain("encryptionKeyArn");
  });
});
