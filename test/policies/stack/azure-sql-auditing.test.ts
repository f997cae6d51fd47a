import { describe, expect, it } from "vitest";
import { rule } from "../../../policies/rules/stack/azure-sql-auditing";
import { runStackRule, UNKNOWN_STRING } from "../../helpers/policy-harness";
import { expectUnverified } from "../unverified";

const server = { type: "azure-native:sql:Server", name: "sql", props: { serverName: "hop-sql" } };
const audit = (props: Record<string, unknown>) => ({ type: "azure-native:sql:ServerBlobAuditingPolicy", name: "audit", props: { serverName: UNKNOWN_STRING, ...props }, propertyDependencies: { serverName: ["sql"] } });

describe("azure-sql-auditing", () => {
  it("passes an enabled policy with default groups or both authentication groups", () => {
    expect(runStackRule(rule, [server, audit({ state: "Enabled", isAzureMonitorTargetEnabled: true })])).toEqual([]);
    expect(runStackRule(rule, [server, audit({ state: "Enabled", auditActionsAndGroups: ["SUCCESSFUL_DATABASE_AUTHENTICATION_GROUP", "FAILED_DATABASE_AUTHENTICATION_GROUP"] })])).toEqual([]);
  });
  it("fails a server without auditing or with it disabled", () => {
    expect(runStackRule(rule, [server])[0].message).toContain("audit non activé");
    expect(runStackRule(rule, [server, audit({ state: "Disabled" })])).toHaveLength(1);
  });
  it("fails missing failure-authentication tracing", () => {
    expect(runStackRule(rule, [server, audit({ state: "Enabled", auditActionsAndGroups: ["SUCCESSFUL_DATABASE_AUTHENTICATION_GROUP"] })])[0].message).toContain("FAILED_DATABASE_AUTHENTICATION_GROUP");
  });
  it("reports an unknown state", () => {
    expectUnverified(runStackRule(rule, [server, audit({ state: UNKNOWN_STRING })]), "ServerBlobAuditingPolicy.state");
  });
});
