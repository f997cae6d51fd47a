import { describe, expect, it } from "vitest";
import { rule } from "../../../policies/rules/stack/azure-blob-recovery";
import { runStackRule, UNKNOWN_BOOL } from "../../helpers/policy-harness";

const acct = (tags?: Record<string, string>) => ({ type: "azure-native:storage:StorageAccount", name: "st", props: { accountName: "hopst", tags } });
const svc = (props: Record<string, unknown>) => ({ type: "azure-native:storage:BlobServiceProperties", name: "blob", props: { accountName: "hopst", ...props } });
const all = { deleteRetentionPolicy: { enabled: true, days: 14 }, containerDeleteRetentionPolicy: { enabled: true }, isVersioningEnabled: true };

describe("azure-blob-recovery", () => {
  it("passes an account with soft delete and versioning", () => {
    expect(runStackRule(rule, [acct(), svc(all)])).toEqual([]);
  });
  it("fails an account without blob service properties or with a setting off", () => {
    expect(runStackRule(rule, [acct()])).toHaveLength(1);
    expect(runStackRule(rule, [acct(), svc({ ...all, isVersioningEnabled: false })])[0].message).toContain("isVersioningEnabled");
  });
  it("reports unknown settings and skips log accounts", () => {
    expect(runStackRule(rule, [acct(), svc({ ...all, isVersioningEnabled: UNKNOWN_BOOL })])[0].message).toContain("inconnu");
    expect(runStackRule(rule, [acct({ "clausier:role": "logs" })])).toEqual([]);
  });
});
