import { describe, expect, it } from "vitest";
import { rule } from "../../../policies/rules/stack/azure-db-backup-retention";
import { runStackRule, UNKNOWN_NUMBER } from "../../helpers/policy-harness";
import { expectUnverified, CCTP } from "../unverified";

const sqlDb = { type: "azure-native:sql:Database", name: "db", props: { databaseName: "hop", serverName: "s" } };
const strp = (retentionDays: unknown) => ({ type: "azure-native:sql:BackupShortTermRetentionPolicy", name: "str", props: { databaseName: "hop", serverName: "s", retentionDays } });
const pg = (days?: unknown) => ({ type: "azure-native:dbforpostgresql:Server", name: "pg", props: { backup: days === undefined ? undefined : { backupRetentionDays: days } } });

describe("azure-db-backup-retention", () => {
  it("passes retention at the prod minimum", () => {
    expect(runStackRule(rule, [sqlDb, strp(35), pg(30)])).toEqual([]);
  });
  it("uses the Azure 7-day default against the CCTP's figure: fails in prod, passes in dev", () => {
    expect(runStackRule(rule, [sqlDb, pg()], { profile: CCTP })).toHaveLength(2);
    expect(runStackRule(rule, [sqlDb, pg()], { stack: "dev-alice", profile: CCTP })).toEqual([]);
  });
  it("sets no threshold of its own: without backupRetentionDays in the profile, nothing to compare", () => {
    expect(runStackRule(rule, [sqlDb, pg(), strp(1)])).toEqual([]);
  });
  it("fails short retention and reports unknown values", () => {
    expect(runStackRule(rule, [sqlDb, strp(14)], { profile: CCTP })[0].message).toContain("14 jours < minimum 30");
    expectUnverified(runStackRule(rule, [pg(UNKNOWN_NUMBER)]), "backup.backupRetentionDays");
  });
  it("checks Cosmos DB backup policies", () => {
    const cosmos = (backupPolicy: unknown) => ({ type: "azure-native:cosmosdb:DatabaseAccount", name: "c", props: { backupPolicy } });
    const cctp = { profile: CCTP };
    expect(runStackRule(rule, [cosmos({ type: "Continuous", continuousModeProperties: { tier: "Continuous30Days" } })], cctp)).toEqual([]);
    expect(runStackRule(rule, [cosmos({ type: "Continuous", continuousModeProperties: { tier: "Continuous7Days" } })], cctp)).toHaveLength(1);
    expect(runStackRule(rule, [cosmos(undefined)], cctp)).toHaveLength(1);
  });
});
