import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/operationalinsights/azure-log-retention-bounded";
import { runResourceRule, UNKNOWN_NUMBER } from "../../../helpers/policy-harness";
import { CCTP } from "../../unverified";

const run = (type: string, props: Record<string, unknown>, profile: unknown = CCTP) => runResourceRule(rule, { type, props, profile });

describe("azure-log-retention-bounded", () => {
  it("passes retention within the maximum", () => {
    expect(run("azure-native:operationalinsights:Workspace", { retentionInDays: 365 })).toEqual([]);
    expect(run("azure-native:sql:ServerBlobAuditingPolicy", { state: "Enabled", isAzureMonitorTargetEnabled: true })).toEqual([]);
  });
  it("fails retention above the maximum and endless SQL audit storage", () => {
    expect(run("azure-native:operationalinsights:Workspace", { retentionInDays: 730 })).toHaveLength(1);
    expect(run("azure-native:operationalinsights:Table", { totalRetentionInDays: 2556 })).toHaveLength(1);
    expect(run("azure-native:sql:ServerBlobAuditingPolicy", { storageEndpoint: "https://x.blob.core.windows.net", retentionDays: 0 })[0].message).toContain("sans limite");
    expect(run("azure-native:storage:BlobContainerImmutabilityPolicy", { immutabilityPeriodSinceCreationInDays: 1000 })).toHaveLength(1);
  });
  it("sets no maximum of its own: without logRetentionDays.max only endless storage is said, as advisory naming the key", () => {
    expect(run("azure-native:operationalinsights:Workspace", { retentionInDays: 730 }, {})).toEqual([]);
    const out = run("azure-native:sql:ServerBlobAuditingPolicy", { storageEndpoint: "https://x.blob.core.windows.net", retentionDays: 0 }, {});
    expect(out[0].enforcementLevel).toBe("advisory");
    expect(out[0].message).toContain("logRetentionDays.max");
  });
  it("reports unknown retention", () => {
    expect(run("azure-native:operationalinsights:Workspace", { retentionInDays: UNKNOWN_NUMBER })[0].message).toContain("inconnu");
  });
});
