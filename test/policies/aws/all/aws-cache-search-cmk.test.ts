import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/all/aws-cache-search-cmk";
import { CMK, run } from "../helpers";

describe("aws-cache-search-cmk", () => {
  it("passes CMK caches and domains", () => {
    expect(run(rule, "aws:elasticache/replicationGroup:ReplicationGroup", { atRestEncryptionEnabled: true, kmsKeyId: CMK })).toEqual([]);
    expect(run(rule, "aws:elasticache/serverlessCache:ServerlessCache", { kmsKeyId: CMK })).toEqual([]);
    expect(run(rule, "aws:memorydb/cluster:Cluster", { kmsKeyArn: CMK })).toEqual([]);
    expect(run(rule, "aws:opensearch/domain:Domain", { encryptAtRest: { enabled: true, kmsKeyId: CMK } })).toEqual([]);
  });
  it("fails at-rest encryption off", () => {
    expect(run(rule, "aws:elasticache/replicationGroup:ReplicationGroup", { atRestEncryptionEnabled: false })[0].message).toContain("atRestEncryptionEnabled");
    expect(run(rule, "aws:elasticsearch/domain:Domain", {})[0].message).toContain("encryptAtRest.enabled");
  });
  it("fails encryption without a CMK", () => {
    expect(run(rule, "aws:opensearch/domain:Domain", { encryptAtRest: { enabled: true } })[0].message).toContain("encryptAtRest.kmsKeyId");
    expect(run(rule, "aws:memorydb/cluster:Cluster", {})).toHaveLength(1);
  });
});
