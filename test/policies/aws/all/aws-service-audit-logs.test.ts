import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/all/aws-service-audit-logs";
import { runResourceRule, UNKNOWN_ARRAY } from "../../../helpers/policy-harness";

const run = (type: string, props: Record<string, unknown>) => runResourceRule(rule, { type, props });

describe("aws-service-audit-logs", () => {
  it("passes RDS, EKS and OpenSearch with their audit logs", () => {
    expect(run("aws:rds/instance:Instance", { engine: "postgres", enabledCloudwatchLogsExports: ["postgresql", "upgrade"] })).toEqual([]);
    expect(run("aws:rds/cluster:Cluster", { engine: "aurora-mysql", enabledCloudwatchLogsExports: ["audit"] })).toEqual([]);
    expect(run("aws:eks/cluster:Cluster", { enabledClusterLogTypes: ["api", "audit", "authenticator"] })).toEqual([]);
    expect(run("aws:opensearch/domain:Domain", { logPublishingOptions: [{ logType: "AUDIT_LOGS", cloudwatchLogGroupArn: "x" }], advancedSecurityOptions: { enabled: true } })).toEqual([]);
  });
  it("fails missing exports", () => {
    expect(run("aws:rds/instance:Instance", { engine: "mysql" })[0].message).toContain("audit");
    expect(run("aws:rds/instance:Instance", { engine: "sqlserver-se", enabledCloudwatchLogsExports: ["error"] })[0].message).toContain("agent");
    expect(run("aws:eks/cluster:Cluster", { enabledClusterLogTypes: ["api"] })[0].message).toContain("audit, authenticator");
    expect(run("aws:opensearch/domain:Domain", {})).toHaveLength(2);
  });
  it("skips Aurora instances and replicas; reports unknown exports", () => {
    expect(run("aws:rds/instance:Instance", { engine: "aurora-postgresql" })).toEqual([]);
    expect(run("aws:rds/instance:Instance", { engine: "postgres", replicateSourceDb: "db" })).toEqual([]);
    expect(run("aws:rds/instance:Instance", { engine: "postgres", enabledCloudwatchLogsExports: UNKNOWN_ARRAY })[0].message).toContain("inconnu");
  });
});
