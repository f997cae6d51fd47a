import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/operationalinsights/azure-log-retention-minimum";
import { runResourceRule } from "../../../helpers/policy-harness";

const ws = (retentionInDays: unknown) => runResourceRule(rule, { type: "azure-native:operationalinsights:Workspace", props: { retentionInDays } });

describe("azure-log-retention-minimum", () => {
  it("passes at the minimum", () => {
    expect(ws(180)).toEqual([]);
  });
  it("fails the 30-day default and short retention", () => {
    expect(ws(undefined)[0].message).toContain("30 jours < minimum 180");
    expect(ws(90)).toHaveLength(1);
  });
});
