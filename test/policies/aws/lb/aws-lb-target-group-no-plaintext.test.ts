import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/lb/aws-lb-target-group-no-plaintext";
import { HEALTH_TAGS, run } from "../helpers";

describe("aws-lb-target-group-no-plaintext", () => {
  it("passes HTTPS targets and non-health targets", () => {
    expect(run(rule, "aws:lb/targetGroup:TargetGroup", { protocol: "HTTPS", tags: HEALTH_TAGS })).toEqual([]);
    expect(run(rule, "aws:lb/targetGroup:TargetGroup", { protocol: "HTTP" })).toEqual([]);
  });
  it("fails HTTP to health-data targets, medium", () => {
    const out = run(rule, "aws:alb/targetGroup:TargetGroup", { protocol: "HTTP", tags: HEALTH_TAGS });
    expect(out).toHaveLength(1);
    expect(out[0].severity).toBe("medium");
    expect(out[0].message).toContain("HTTP");
  });
});
