import { describe, expect, it } from "vitest";
import { rule } from "../../../policies/rules/stack/env-azure-subscription-pinned";
import { runStackRule, UNKNOWN_STRING } from "../../helpers/policy-harness";
import { DEV_SUB, envProfile, PROD_SUB } from "./env-fixtures";

const rg = (sub: unknown, props: Record<string, unknown> = {}) => ({
  type: "azure-native:resources:ResourceGroup", name: "rg", props: { location: "francecentral", ...props },
  provider: { props: sub === null ? {} : { subscriptionId: sub } },
});

describe("env-azure-subscription-pinned", () => {
  it("passes a provider pinned to the environment's subscription", () => {
    expect(runStackRule(rule, [rg(PROD_SUB)], { profile: envProfile })).toEqual([]);
    expect(runStackRule(rule, [rg(DEV_SUB)], { stack: "dev-alice", profile: envProfile })).toEqual([]);
  });
  it("fails a missing, unknown, foreign or out-of-environment subscription", () => {
    expect(runStackRule(rule, [rg(null)], { profile: envProfile })[0].message).toContain("absent");
    expect(runStackRule(rule, [rg(UNKNOWN_STRING)], { profile: envProfile })[0].message).toContain("inconnu");
    expect(runStackRule(rule, [rg(PROD_SUB)], { stack: "dev-alice", profile: envProfile })[0].message).toContain("environnement prod");
    expect(runStackRule(rule, [rg("cccccccc-0000-4000-8000-000000000003")], { profile: envProfile })[0].message).toContain("hors de l'environnement");
  });
  it("fails a resource id of another environment's subscription", () => {
    const ws = `/subscriptions/${PROD_SUB}/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/w`;
    const diag = { type: "azure-native:monitor:DiagnosticSetting", name: "diag", props: { resourceUri: "x", workspaceId: ws }, provider: { props: { subscriptionId: DEV_SUB } } };
    const out = runStackRule(rule, [diag], { stack: "dev-alice", profile: envProfile });
    expect(out).toHaveLength(1);
    expect(out[0].message).toContain("workspaceId");
  });
});
