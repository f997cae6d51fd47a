import { describe, expect, it } from "vitest";
import { rule } from "../../../policies/rules/stack/azure-db-backup-retention";
import { runStackRule, UNKNOWN_NUMBER } from "../../helpers/policy-harness";

const sqlDb = { type: "azure-native:sql:Database", name: "db", props: { databaseName: "hop", serverName: "s" } };
const strp = (retentionDays: unknown) => ({ type: "azure-native:sql:BackupShortTermRetentionPolicy", name: "str", props: { databaseName: "hop", serverName: "s", retentionDays } });
const pg = (days?: unknown) => ({ type: "azure-native:dbforpostgresql:Server", name: "pg", props: { backup: days === undefined ? undefined : { backupRetentionDays: days } } });

describe("azure-db-backup-retention", () => {
  it("passes retention at the prod minimum", () => {
    expect(runStackRule(rule, [sqlDb, strp(35), pg(30)])).toEqual([]);
  });
  it("uses the Azure 7-day default: fails in prod, passes in dev", () => {
    expect(runStackRule(rule, [sqlDb, pg()])).toHaveLength(2);
    expect(runStackRule(rule, [sqlDb, pg()], { stack: "dev-alice" })).toEqual([]);
  });
  it("fails short retention and reports unknown values", () => {
    expect(runStackRule(rule, [sqlDb, strp(14)])[0].message).toContain("14 jours < minimum 30");
    expect(runStackRule(rule, [pg(UNKNOWN_NUMBER)])[0].message).toContain("inconnu");
  });
  it("checks Cosmos DB backup policies", () => {
    const cosmos = (backupPolicy: unknown) => ({ type: "azure-native:cosmosdb:DatabaseAccount", name: "c", props: { backupPolicy } });
    expect(runStackRule(rule, [cosmos({ type: "Continuous", continuousModeProperties: { tier: "Continuous30Days" } })])).toEqual([]);
    expect(runStackRule(rule, [cosmos({ type: "Continuous", continuousModeProperties: { tier: "Continuous7Days" } })])).toHaveLength(1);
    expect(runStackRule(rule, [cosmos(undefined)])).toHaveLength(1);
  });
});
