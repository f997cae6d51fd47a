import { describe, expect, it } from "vitest";
import { rule } from "../../../policies/rules/stack/env-no-prod-data-in-nonprod";
import { runStackRule, UNKNOWN_STRING } from "../../helpers/policy-harness";
import { DEV_ACCOUNT, envProfile, PROD_ACCOUNT, PROD_SUB } from "./env-fixtures";
import { expectUnverified } from "../unverified";

const db = (props: Record<string, unknown>, deps?: Record<string, string[]>) => ({ type: "aws:rds/instance:Instance", name: "db", props: { engine: "postgres", ...props }, propertyDependencies: deps });
const dev = { stack: "dev-alice", profile: envProfile };

describe("env-no-prod-data-in-nonprod", () => {
  it("passes a dev database from a dev snapshot, and one without a source", () => {
    expect(runStackRule(rule, [db({ snapshotIdentifier: `arn:aws:rds:eu-west-3:${DEV_ACCOUNT}:snapshot:seed` }), db({})], dev)).toEqual([]);
  });
  it("fails a dev database from a prod-account snapshot or a prod-named replica source", () => {
    expect(runStackRule(rule, [db({ snapshotIdentifier: `arn:aws:rds:eu-west-3:${PROD_ACCOUNT}:snapshot:s1` })], dev)[0].message).toContain("données de production");
    expect(runStackRule(rule, [db({ replicateSourceDb: "hop-prod-db" })], dev)).toHaveLength(1);
  });
  it("fails a DynamoDB restore and an Azure SQL copy from production", () => {
    const table = { type: "aws:dynamodb/table:Table", name: "t", props: { restoreSourceTableArn: `arn:aws:dynamodb:eu-west-3:${PROD_ACCOUNT}:table/patients` } };
    const sqlDb = { type: "azure-native:sql:Database", name: "sdb", props: { createMode: "Copy", sourceDatabaseId: `/subscriptions/${PROD_SUB}/resourceGroups/rg/providers/Microsoft.Sql/servers/s/databases/d` } };
    expect(runStackRule(rule, [table, sqlDb], dev)).toHaveLength(2);
  });
  it("accepts a source tagged as anonymised", () => {
    expect(runStackRule(rule, [db({ replicateSourceDb: "hop-prod-db", tags: { "clausier:anonymised-source": "SEC-42" } })], dev)).toEqual([]);
  });
  it("reports an unknown source unless it is built in this stack", () => {
    expectUnverified(runStackRule(rule, [db({ snapshotIdentifier: UNKNOWN_STRING })], dev), "snapshotIdentifier");
    const snap = { type: "aws:rds/snapshot:Snapshot", name: "snap", props: {} };
    expect(runStackRule(rule, [snap, db({ snapshotIdentifier: UNKNOWN_STRING }, { snapshotIdentifier: ["snap"] })], dev)).toEqual([]);
  });
  it("in prod, fails bucket replication into a dev account but allows prod sources", () => {
    const repl = { type: "aws:s3/bucketReplicationConfig:BucketReplicationConfig", name: "repl", props: { bucket: "b", role: "r", rules: [{ status: "Enabled", destination: { bucket: "arn:aws:s3:::copy", account: DEV_ACCOUNT } }] } };
    expect(runStackRule(rule, [repl], { profile: envProfile })).toHaveLength(1);
    expect(runStackRule(rule, [db({ replicateSourceDb: "hop-prod-db" })], { profile: envProfile })).toEqual([]);
  });
});
