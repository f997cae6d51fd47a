import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/recoveryservices/azure-backup-vault-immutability";
import { runResourceRule, UNKNOWN_STRING } from "../../../helpers/policy-harness";

const rsv = (state: unknown, stack = "prod") => runResourceRule(rule, { type: "azure-native:recoveryservices:Vault", props: { properties: { securitySettings: { immutabilitySettings: { state } } } }, stack });

describe("azure-backup-vault-immutability", () => {
  it("passes Unlocked/Locked and absent", () => {
    expect(rsv("Locked")).toEqual([]);
    expect(rsv(undefined)).toEqual([]);
  });
  it("fails Disabled: good practice, advisory (O-12.3.8 sets no immutability)", () => {
    expect(rsv("Disabled")[0].enforcementLevel).toBe("advisory");
    expect(rsv("Disabled", "dev-alice")[0].enforcementLevel).toBe("advisory");
  });
  it("reports unknown state", () => {
    expect(rsv(UNKNOWN_STRING)).toHaveLength(1);
  });
});
