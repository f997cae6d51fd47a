import { describe, expect, it } from "vitest";
import { rule } from "../../../policies/rules/stack/aws-backup-plan-coverage";
import { runStackRule, UNKNOWN_STRING } from "../../helpers/policy-harness";
import { CCTP } from "../unverified";

const db = { type: "aws:rds/instance:Instance", name: "db", props: { identifier: "hop-db", engine: "postgres", tags: { backup: "daily" } } };
const plan = (deleteAfter: number) => ({ type: "aws:backup/plan:Plan", name: "plan", props: { rules: [{ ruleName: "daily", targetVaultName: "v", lifecycle: { deleteAfter } }] } });
const selection = (props: Record<string, unknown>, deps?: Record<string, string[]>) => ({ type: "aws:backup/selection:Selection", name: "sel", props: { planId: "p", iamRoleArn: "r", ...props }, propertyDependencies: deps });

describe("aws-backup-plan-coverage", () => {
  it("passes a prod database selected by ARN dependency or by tag", () => {
    expect(runStackRule(rule, [db, plan(35), selection({ resources: [UNKNOWN_STRING] }, { resources: ["db"] })])).toEqual([]);
    expect(runStackRule(rule, [db, plan(35), selection({ selectionTags: [{ type: "STRINGEQUALS", key: "backup", value: "daily" }] })])).toEqual([]);
  });
  it("fails an unselected database and a too short plan retention", () => {
    expect(runStackRule(rule, [db])[0].message).toContain("aucun plan");
    expect(runStackRule(rule, [db, plan(7), selection({ resources: ["arn:aws:rds:eu-west-3:1:db:hop-db"] })], { profile: CCTP })[0].message).toContain("7 jours < 30");
    // Without the CCTP's retention there is no minimum to compare a plan with.
    expect(runStackRule(rule, [db, plan(7), selection({ resources: ["arn:aws:rds:eu-west-3:1:db:hop-db"] })])).toEqual([]);
  });
  it("only applies to production", () => {
    expect(runStackRule(rule, [db], { stack: "dev-alice" })).toEqual([]);
  });
});
