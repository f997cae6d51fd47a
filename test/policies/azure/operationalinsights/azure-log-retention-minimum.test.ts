import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/operationalinsights/azure-log-retention-minimum";
import { runResourceRule } from "../../../helpers/policy-harness";
import { CCTP } from "../../unverified";

const ws = (retentionInDays: unknown, profile: unknown = CCTP) => runResourceRule(rule, { type: "azure-native:operationalinsights:Workspace", props: { retentionInDays }, profile });

describe("azure-log-retention-minimum", () => {
  it("passes at the minimum", () => {
    expect(ws(180)).toEqual([]);
  });
  it("fails the 30-day default and short retention", () => {
    expect(ws(undefined)[0].message).toContain("30 jours < minimum 180");
    expect(ws(90)).toHaveLength(1);
  });
  it("sets no minimum of its own (the clausier leaves it to the CCTP)", () => {
    expect(ws(undefined, {})).toEqual([]);
  });
});
