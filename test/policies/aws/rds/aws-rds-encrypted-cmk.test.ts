import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/rds/aws-rds-encrypted-cmk";
import { UNKNOWN_BOOL } from "../../../helpers/policy-harness";
import { CMK, run } from "../helpers";

describe("aws-rds-encrypted-cmk", () => {
  it("passes CMK-encrypted databases of each family", () => {
    expect(run(rule, "aws:rds/instance:Instance", { storageEncrypted: true, kmsKeyId: CMK })).toEqual([]);
    expect(run(rule, "aws:docdb/cluster:Cluster", { storageEncrypted: true, kmsKeyId: CMK })).toEqual([]);
    expect(run(rule, "aws:neptune/cluster:Cluster", { storageEncrypted: true, kmsKeyArn: CMK })).toEqual([]);
    expect(run(rule, "aws:redshift/cluster:Cluster", { encrypted: "true", kmsKeyId: CMK })).toEqual([]);
  });
  it("fails unencrypted storage, critical", () => {
    const out = run(rule, "aws:rds/cluster:Cluster", { kmsKeyId: CMK });
    expect(out[0].severity).toBe("critical");
    expect(out[0].message).toContain("`storageEncrypted` = absent");
    expect(run(rule, "aws:redshift/cluster:Cluster", { encrypted: "false" })[0].message).toContain("`encrypted`");
    expect(run(rule, "aws:rds/instance:Instance", { storageEncrypted: UNKNOWN_BOOL })[0].message).toContain("inconnue");
  });
  it("fails an encrypted database without a CMK", () => {
    expect(run(rule, "aws:rds/instance:Instance", { storageEncrypted: true })[0].message).toContain("`kmsKeyId` absent");
    expect(run(rule, "aws:rds/instance:Instance", { storageEncrypted: true, kmsKeyId: "alias/aws/rds" })).toHaveLength(1);
  });
});
