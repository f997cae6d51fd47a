import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/all/aws-db-backup-retention";
import { runResourceRule, UNKNOWN_BOOL, UNKNOWN_NUMBER } from "../../../helpers/policy-harness";
import { CCTP } from "../../unverified";

const db = (backupRetentionPeriod: unknown, stack = "prod", profile: unknown = CCTP) => runResourceRule(rule, { type: "aws:rds/instance:Instance", props: { engine: "postgres", backupRetentionPeriod }, stack, profile });

describe("aws-db-backup-retention", () => {
  it("applies prodMin in prod and min elsewhere", () => {
    expect(db(30)).toEqual([]);
    expect(db(7)[0].message).toContain("7 jours < minimum 30 (production)");
    expect(db(7, "dev-alice")).toEqual([]);
  });
  it("invents no threshold: without backupRetentionDays only disabled backups are said, as advisory naming the key", () => {
    expect(db(1, "prod", {})).toEqual([]);
    const off = db(0, "prod", {});
    expect(off).toHaveLength(1);
    expect(off[0].enforcementLevel).toBe("advisory");
    expect(off[0].message).toContain("backupRetentionDays");
  });
  it("treats an absent retention as the provider default", () => {
    expect(db(undefined, "dev-alice")).toHaveLength(1);
  });
  it("requires DynamoDB PITR and ElastiCache snapshots", () => {
    expect(runResourceRule(rule, { type: "aws:dynamodb/table:Table", props: { pointInTimeRecovery: { enabled: true } } })).toEqual([]);
    expect(runResourceRule(rule, { type: "aws:dynamodb/table:Table", props: {} })).toHaveLength(1);
    expect(runResourceRule(rule, { type: "aws:dynamodb/table:Table", props: { pointInTimeRecovery: { enabled: UNKNOWN_BOOL } } })[0].message).toContain("inconnu");
    expect(runResourceRule(rule, { type: "aws:elasticache/replicationGroup:ReplicationGroup", props: {} })).toHaveLength(1);
  });
  it("reports unknown retention and skips replicas", () => {
    expect(db(UNKNOWN_NUMBER)[0].message).toContain("inconnu");
    expect(runResourceRule(rule, { type: "aws:rds/instance:Instance", props: { engine: "postgres", replicateSourceDb: "db" } })).toEqual([]);
  });
});
