import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/cloudwatch/aws-log-retention-minimum";
import { runResourceRule } from "../../../helpers/policy-harness";
import { CCTP } from "../../unverified";

const lg = (retentionInDays: unknown, stack = "prod", profile: unknown = CCTP) => runResourceRule(rule, { type: "aws:cloudwatch/logGroup:LogGroup", props: { retentionInDays }, stack, profile });

describe("aws-log-retention-minimum", () => {
  it("passes at or above the minimum", () => {
    expect(lg(180)).toEqual([]);
  });
  it("flags a short retention: mandatory in prod, advisory in dev", () => {
    expect(lg(30)[0].enforcementLevel).toBe("mandatory");
    expect(lg(30, "dev-alice")[0].enforcementLevel).toBe("advisory");
  });
  it("invents no minimum (the clausier leaves it to the CCTP)", () => {
    expect(lg(1, "prod", {})).toEqual([]);
  });
  it("leaves absent and 0 to the bounded rule", () => {
    expect(lg(undefined)).toEqual([]);
    expect(lg(0)).toEqual([]);
  });
});
