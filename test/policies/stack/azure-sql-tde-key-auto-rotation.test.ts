import { describe, expect, it } from "vitest";
import { rule } from "../../../policies/rules/stack/azure-sql-tde-key-auto-rotation";
import { runStackRule } from "../../helpers/policy-harness";

const server = { type: "azure-native:sql:Server", name: "sql", props: { serverName: "hop-sql" } };
const protector = (props: Record<string, unknown>) => ({ type: "azure-native:sql:EncryptionProtector", name: "prot", props: { serverName: "hop-sql", serverKeyType: "AzureKeyVault", ...props } });

describe("azure-sql-tde-key-auto-rotation", () => {
  it("passes with auto-rotation", () => {
    expect(runStackRule(rule, [server, protector({ autoRotationEnabled: true })])).toEqual([]);
  });
  it("flags a Key Vault protector without auto-rotation as low", () => {
    const out = runStackRule(rule, [server, protector({})]);
    expect(out).toHaveLength(1);
    expect(out[0].enforcementLevel).toBe("advisory");
  });
  it("ignores service-managed protectors", () => {
    expect(runStackRule(rule, [server, protector({ serverKeyType: "ServiceManaged" })])).toEqual([]);
  });
});
