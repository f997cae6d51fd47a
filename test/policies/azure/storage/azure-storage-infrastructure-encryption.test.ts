import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/storage/azure-storage-infrastructure-encryption";
import { run } from "../helpers";

const SA = "azure-native:storage:StorageAccount";

describe("azure-storage-infrastructure-encryption", () => {
  it("passes double encryption", () => {
    expect(run(rule, SA, { encryption: { requireInfrastructureEncryption: true } })).toEqual([]);
  });
  it("advises when absent or false", () => {
    const out = run(rule, SA, {});
    expect(out).toHaveLength(1);
    expect(out[0].enforcementLevel).toBe("advisory");
    expect(run(rule, SA, { encryption: { requireInfrastructureEncryption: false } })[0].message).toContain("false");
  });
});
