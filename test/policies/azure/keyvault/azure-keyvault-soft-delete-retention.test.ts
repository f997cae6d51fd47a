import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/keyvault/azure-keyvault-soft-delete-retention";
import { run } from "../helpers";

const KV = "azure-native:keyvault:Vault";

describe("azure-keyvault-soft-delete-retention", () => {
  it("passes the default and 90 days", () => {
    expect(run(rule, KV, { properties: {} })).toEqual([]);
    expect(run(rule, KV, { properties: { softDeleteRetentionInDays: 90 } })).toEqual([]);
  });
  it("advises below 90 days", () => {
    const out = run(rule, KV, { properties: { softDeleteRetentionInDays: 7 } });
    expect(out[0].message).toContain("7");
    expect(out[0].enforcementLevel).toBe("advisory");
  });
});
