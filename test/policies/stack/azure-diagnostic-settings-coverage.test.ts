import { describe, expect, it } from "vitest";
import { rule } from "../../../policies/rules/stack/azure-diagnostic-settings-coverage";
import { runStackRule, UNKNOWN_STRING } from "../../helpers/policy-harness";
import { expectUnverified } from "../unverified";

const kv = { type: "azure-native:keyvault:Vault", name: "kv", props: { vaultName: "hop-kv", resourceGroupName: "rg" } };
const diag = (logs: unknown, extra: Record<string, unknown> = { workspaceId: "/subscriptions/x/ws" }, byDep = true) => ({
  type: "azure-native:monitor:DiagnosticSetting", name: "diag",
  props: { resourceUri: byDep ? UNKNOWN_STRING : "/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/hop-kv", logs, ...extra },
  propertyDependencies: byDep ? { resourceUri: ["kv"] } : undefined,
});

describe("azure-diagnostic-settings-coverage", () => {
  it("passes a vault with an audit setting linked by dependency or by literal id", () => {
    expect(runStackRule(rule, [kv, diag([{ categoryGroup: "audit", enabled: true }])])).toEqual([]);
    expect(runStackRule(rule, [kv, diag([{ categoryGroup: "allLogs", enabled: true }], undefined, false)])).toEqual([]);
  });
  it("fails a vault without a setting", () => {
    expect(runStackRule(rule, [kv])[0].message).toContain("sans paramètre de diagnostic");
  });
  it("fails a setting without audit logs or without destination", () => {
    expect(runStackRule(rule, [kv, diag([{ category: "AzurePolicyEvaluationDetails", enabled: true }])])).toHaveLength(1);
    expect(runStackRule(rule, [kv, diag([{ categoryGroup: "audit", enabled: true }], {})])).toHaveLength(1);
  });
  it("reports unknown logs", () => {
    expectUnverified(runStackRule(rule, [kv, diag(UNKNOWN_STRING)]), "DiagnosticSetting.logs");
  });
});
