import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/all/aws-managed-auto-minor-upgrades";
import { run } from "../helpers";

describe("aws-managed-auto-minor-upgrades", () => {
  it("passes RDS defaults and explicit true", () => {
    expect(run(rule, "aws:rds/instance:Instance", {})).toEqual([]);
    expect(run(rule, "aws:mq/broker:Broker", { autoMinorVersionUpgrade: true })).toEqual([]);
    expect(run(rule, "aws:opensearch/domain:Domain", { softwareUpdateOptions: { autoSoftwareUpdateEnabled: true } })).toEqual([]);
  });
  it("fails explicit false", () => expect(run(rule, "aws:elasticache/replicationGroup:ReplicationGroup", { autoMinorVersionUpgrade: false })[0].message).toContain("autoMinorVersionUpgrade"));
  it("fails services whose default is off (MQ, OpenSearch)", () => {
    expect(run(rule, "aws:mq/broker:Broker", {})[0].message).toContain("absent (false)");
    expect(run(rule, "aws:opensearch/domain:Domain", {})[0].message).toContain("softwareUpdateOptions.autoSoftwareUpdateEnabled");
  });
  it("is medium (advisory outside prod)", () => {
    const out = run(rule, "aws:rds/instance:Instance", { autoMinorVersionUpgrade: false }, { stack: "dev" });
    expect(out[0].severity).toBe("medium");
    expect(out[0].enforcementLevel).toBe("advisory");
  });
});
