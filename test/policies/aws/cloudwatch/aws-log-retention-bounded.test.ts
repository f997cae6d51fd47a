import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/cloudwatch/aws-log-retention-bounded";
import { runResourceRule, UNKNOWN_NUMBER } from "../../../helpers/policy-harness";

const lg = (retentionInDays: unknown, profile?: unknown) => runResourceRule(rule, { type: "aws:cloudwatch/logGroup:LogGroup", props: { retentionInDays }, profile });

describe("aws-log-retention-bounded", () => {
  it("passes a retention within bounds", () => {
    expect(lg(365)).toEqual([]);
    expect(lg(30)).toEqual([]);
  });
  it("fails never-expiring logs (absent or 0) and a retention above the maximum", () => {
    expect(lg(undefined)[0].message).toContain("sans limite");
    expect(lg(0)).toHaveLength(1);
    expect(lg(731)[0].message).toContain("731 jours > maximum 365");
    expect(lg(731, { logRetentionDays: { min: 180, max: 1095 } })).toEqual([]);
  });
  it("reports an unknown retention as mandatory", () => {
    expect(lg(UNKNOWN_NUMBER)[0].enforcementLevel).toBe("mandatory");
  });
});
