import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/all/aws-deletion-protection-prod";
import { runResourceRule, UNKNOWN_BOOL } from "../../../helpers/policy-harness";

const run = (type: string, props: Record<string, unknown>, stack = "prod") => runResourceRule(rule, { type, props, stack });

describe("aws-deletion-protection-prod", () => {
  it("passes protected prod resources", () => {
    expect(run("aws:rds/instance:Instance", { deletionProtection: true })).toEqual([]);
    expect(run("aws:dynamodb/table:Table", { deletionProtectionEnabled: true })).toEqual([]);
    expect(run("aws:s3/bucket:Bucket", {})).toEqual([]);
  });
  it("fails unprotected prod resources", () => {
    expect(run("aws:rds/instance:Instance", { skipFinalSnapshot: true })).toHaveLength(2);
    expect(run("aws:lb/loadBalancer:LoadBalancer", {})).toHaveLength(1);
    expect(run("aws:s3/bucketV2:BucketV2", { forceDestroy: true })[0].message).toContain("forceDestroy");
  });
  it("ignores dev stacks and reports unknowns", () => {
    expect(run("aws:rds/instance:Instance", {}, "dev-alice")).toEqual([]);
    expect(run("aws:eks/cluster:Cluster", { deletionProtection: UNKNOWN_BOOL })[0].message).toContain("inconnu");
  });
});
