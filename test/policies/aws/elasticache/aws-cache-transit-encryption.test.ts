import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/elasticache/aws-cache-transit-encryption";
import { UNKNOWN_BOOL } from "../../../helpers/policy-harness";
import { run } from "../helpers";
import { expectUnverified } from "../../unverified";

const RG = "aws:elasticache/replicationGroup:ReplicationGroup";
describe("aws-cache-transit-encryption", () => {
  it("passes required TLS", () => expect(run(rule, RG, { transitEncryptionEnabled: true, transitEncryptionMode: "required" })).toEqual([]));
  it("fails absent, false and unknown transit encryption", () => {
    expect(run(rule, RG, {})[0].message).toContain("transitEncryptionEnabled");
    expect(run(rule, RG, { transitEncryptionEnabled: false })).toHaveLength(1);
    expectUnverified(run(rule, RG, { transitEncryptionEnabled: UNKNOWN_BOOL }), "transitEncryptionEnabled");
  });
  it("fails the preferred mode", () => expect(run(rule, RG, { transitEncryptionEnabled: true, transitEncryptionMode: "preferred" })[0].message).toContain("preferred"));
  it("checks standalone clusters and skips members of a replication group", () => {
    expect(run(rule, "aws:elasticache/cluster:Cluster", { engine: "memcached" })).toHaveLength(1);
    expect(run(rule, "aws:elasticache/cluster:Cluster", { replicationGroupId: "rg" })).toEqual([]);
  });
  it("fails MemoryDB only when TLS is turned off", () => {
    expect(run(rule, "aws:memorydb/cluster:Cluster", {})).toEqual([]);
    expect(run(rule, "aws:memorydb/cluster:Cluster", { tlsEnabled: false })).toHaveLength(1);
  });
});
