import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/rds/aws-rds-performance-insights-cmk";
import { CMK, run } from "../helpers";

describe("aws-rds-performance-insights-cmk", () => {
  it("passes when Performance Insights is off or uses a CMK", () => {
    expect(run(rule, "aws:rds/instance:Instance", {})).toEqual([]);
    expect(run(rule, "aws:rds/cluster:Cluster", { performanceInsightsEnabled: true, performanceInsightsKmsKeyId: CMK })).toEqual([]);
  });
  it("fails Performance Insights with the AWS-managed key, medium", () => {
    const out = run(rule, "aws:rds/instance:Instance", { performanceInsightsEnabled: true });
    expect(out[0].severity).toBe("medium");
    expect(out[0].message).toContain("performanceInsightsKmsKeyId");
  });
});
