import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/cloudwatch/aws-log-retention-bounded";
import { runResourceRule, UNKNOWN_NUMBER } from "../../../helpers/policy-harness";
import { expectUnverified, CCTP } from "../../unverified";

const lg = (retentionInDays: unknown, profile?: unknown) => runResourceRule(rule, { type: "aws:cloudwatch/logGroup:LogGroup", props: { retentionInDays }, profile });

describe("aws-log-retention-bounded", () => {
  it("passes a retention within bounds", () => {
    expect(lg(365)).toEqual([]);
    expect(lg(30)).toEqual([]);
  });
  it("fails never-expiring logs (absent or 0) and a retention above the maximum", () => {
    expect(lg(undefined, CCTP)[0].message).toContain("sans limite");
    expect(lg(undefined, CCTP)[0].enforcementLevel).toBe("mandatory");
    expect(lg(0, CCTP)).toHaveLength(1);
    expect(lg(731, CCTP)[0].message).toContain("731 jours > maximum 365");
    expect(lg(731, { logRetentionDays: { min: 180, max: 1095 } })).toEqual([]);
  });
  it("invents no maximum: without logRetentionDays.max, endless logs are an advisory naming the key", () => {
    expect(lg(3650)).toEqual([]);
    const out = lg(undefined);
    expect(out[0].enforcementLevel).toBe("advisory");
    expect(out[0].message).toContain("logRetentionDays.max");
  });
  it("reports an unknown retention once, enforced at pulumi up", () => {
    expectUnverified(lg(UNKNOWN_NUMBER, CCTP), "retentionInDays");
  });
});
