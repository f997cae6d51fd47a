import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/recoveryservices/azure-backup-vault-protection";
import { runResourceRule, UNKNOWN_STRING } from "../../../helpers/policy-harness";

const rsv = (softDeleteState: unknown) => runResourceRule(rule, { type: "azure-native:recoveryservices:Vault", props: { properties: { securitySettings: { softDeleteSettings: { softDeleteState } } } } });
const dpv = (state: unknown) => runResourceRule(rule, { type: "azure-native:dataprotection:BackupVault", props: { properties: { securitySettings: { softDeleteSettings: { state } } } } });

describe("azure-backup-vault-protection", () => {
  it("passes soft delete on, or the service default", () => {
    expect(rsv("AlwaysON")).toEqual([]);
    expect(rsv(undefined)).toEqual([]);
    expect(dpv("On")).toEqual([]);
  });
  it("fails soft delete off", () => {
    expect(rsv("Disabled")).toHaveLength(1);
    expect(dpv("Off")[0].message).toContain("Off");
  });
  it("reports unknown state", () => {
    expect(rsv(UNKNOWN_STRING)[0].message).toContain("inconnu");
  });
});
