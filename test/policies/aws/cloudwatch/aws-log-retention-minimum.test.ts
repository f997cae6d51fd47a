import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/cloudwatch/aws-log-retention-minimum";
import { runResourceRule } from "../../../helpers/policy-harness";

const lg = (retentionInDays: unknown, stack = "prod") => runResourceRule(rule, { type: "aws:cloudwatch/logGroup:LogGroup", props: { retentionInDays }, stack });

describe("aws-log-retention-minimum", () => {
  it("passes at or above the minimum", () => {
    expect(lg(180)).toEqual([]);
  });
  it("flags a short retention: mandatory in prod, advisory in dev", () => {
    expect(lg(30)[0].enforcementLevel).toBe("mandatory");
    expect(lg(30, "dev-alice")[0].enforcementLevel).toBe("advisory");
  });
  it("leaves absent and 0 to the bounded rule", () => {
    expect(lg(undefined)).toEqual([]);
    expect(lg(0)).toEqual([]);
  });
});
