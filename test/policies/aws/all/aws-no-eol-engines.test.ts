import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/all/aws-no-eol-engines";
import { UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { run } from "../helpers";

describe("aws-no-eol-engines", () => {
  it("passes supported versions, absent and unknown versions", () => {
    expect(run(rule, "aws:rds/instance:Instance", { engine: "postgres", engineVersion: "16.4" })).toEqual([]);
    expect(run(rule, "aws:rds/cluster:Cluster", { engine: "aurora-mysql", engineVersion: "8.0.mysql_aurora.3.05.2" })).toEqual([]);
    expect(run(rule, "aws:eks/cluster:Cluster", { version: "1.32" })).toEqual([]);
    expect(run(rule, "aws:rds/instance:Instance", { engine: "postgres" })).toEqual([]);
    expect(run(rule, "aws:rds/instance:Instance", { engine: "postgres", engineVersion: UNKNOWN_STRING })).toEqual([]);
  });
  it("fails end-of-life versions, naming engine and floor", () => {
    expect(run(rule, "aws:rds/instance:Instance", { engine: "postgres", engineVersion: "12.19" })[0].message).toContain("12.19");
    expect(run(rule, "aws:rds/instance:Instance", { engine: "mysql", engineVersion: "5.7.44" })).toHaveLength(1);
    expect(run(rule, "aws:rds/cluster:Cluster", { engine: "aurora-mysql", engineVersion: "5.7.mysql_aurora.2.11.2" })).toHaveLength(1);
    // A global cluster sets the version its member clusters inherit (pulumi/examples aws-ts-global-rds-cluster).
    expect(run(rule, "aws:rds/globalCluster:GlobalCluster", { engine: "aurora", engineVersion: "5.6.10a" })).toHaveLength(1);
    expect(run(rule, "aws:rds/globalCluster:GlobalCluster", { engine: "aurora-postgresql", engineVersion: "16.4" })).toEqual([]);
    expect(run(rule, "aws:eks/cluster:Cluster", { version: "1.28" })[0].message).toContain("1.30");
    expect(run(rule, "aws:elasticache/replicationGroup:ReplicationGroup", { engine: "redis", engineVersion: "5.0.6" })).toHaveLength(1);
    expect(run(rule, "aws:opensearch/domain:Domain", { engineVersion: "Elasticsearch_6.8" })).toHaveLength(1);
    expect(run(rule, "aws:opensearch/domain:Domain", { engineVersion: "OpenSearch_2.17" })).toEqual([]);
  });
  it("compares numerically (1.30 > 1.4)", () => expect(run(rule, "aws:eks/cluster:Cluster", { version: "1.100" })).toEqual([]));
});
