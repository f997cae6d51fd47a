import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/compute/azure-disk-encryption-set-rotation";
import { run } from "../helpers";

const DES = "azure-native:compute:DiskEncryptionSet";

describe("azure-disk-encryption-set-rotation", () => {
  it("passes automatic key version rotation", () => {
    expect(run(rule, DES, { rotationToLatestKeyVersionEnabled: true })).toEqual([]);
  });
  it("advises when absent or false", () => {
    expect(run(rule, DES, {})[0].severity).toBe("low");
    expect(run(rule, DES, { rotationToLatestKeyVersionEnabled: false })).toHaveLength(1);
  });
});
