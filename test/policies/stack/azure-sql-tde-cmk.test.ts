import { describe, expect, it } from "vitest";
import { rule } from "../../../policies/rules/stack/azure-sql-tde-cmk";
import { runStackRule, UNKNOWN_STRING } from "../../helpers/policy-harness";
import { expectUnverified } from "../unverified";

const server = { type: "azure-native:sql:Server", name: "sql", props: { serverName: "hop-sql", resourceGroupName: "rg" } };
const vault = { type: "azure-native:keyvault:Vault", name: "kv", props: { vaultName: "hop-kv", resourceGroupName: "rg" } };
const key = (uri: unknown, deps?: Record<string, string[]>) => ({ type: "azure-native:sql:ServerKey", name: "sk", props: { serverName: "hop-sql", serverKeyType: "AzureKeyVault", keyName: "hop-kv_tde_abc123", uri }, propertyDependencies: deps });
const protector = (props: Record<string, unknown> = {}) => ({ type: "azure-native:sql:EncryptionProtector", name: "prot", props: { serverName: "hop-sql", serverKeyType: "AzureKeyVault", serverKeyName: "hop-kv_tde_abc123", autoRotationEnabled: true, ...props } });

describe("azure-sql-tde-cmk", () => {
  it("passes a protector on a key of a vault of the stack", () => {
    expect(runStackRule(rule, [server, vault, key("https://hop-kv.vault.azure.net/keys/tde/abc123"), protector()])).toEqual([]);
  });
  it("passes an unknown key uri depending on the stack's vault", () => {
    expect(runStackRule(rule, [server, vault, key(UNKNOWN_STRING, { uri: ["kv"] }), protector()])).toEqual([]);
  });
  it("passes an allowlisted vault from the key name when the ServerKey is not in the stack", () => {
    const profile = { keys: { azureKeyVaultUris: ["https://hop-kv.vault.azure.net/"] } };
    expect(runStackRule(rule, [server, protector()], { profile })).toEqual([]);
  });
  it("fails a server without a Key Vault protector (service-managed key)", () => {
    const out = runStackRule(rule, [server]);
    expect(out).toHaveLength(1);
    expect(out[0].severity).toBe("critical");
    expect(runStackRule(rule, [server, protector({ serverKeyType: "ServiceManaged" })])).toHaveLength(1);
  });
  it("fails a key in a vault outside the stack and the profile", () => {
    expect(runStackRule(rule, [server, key("https://other.vault.azure.net/keys/tde/abc123"), protector()])[0].message).toContain("hors des coffres");
  });
  it("fails a disabled TDE", () => {
    const tde = { type: "azure-native:sql:TransparentDataEncryption", name: "tde", props: { serverName: "hop-sql", databaseName: "db", state: "Disabled" } };
    expect(runStackRule(rule, [server, vault, key("https://hop-kv.vault.azure.net/keys/tde/abc123"), protector(), tde])[0].message).toContain("TDE désactivé");
  });
  it("reports an unknown key uri with no dependency", () => {
    expectUnverified(runStackRule(rule, [server, key(UNKNOWN_STRING), protector()]));
  });
  it("accepts the server-level keyId when allowlisted", () => {
    const s = { ...server, props: { ...server.props, keyId: "https://hop-kv.vault.azure.net/keys/tde/1" } };
    expect(runStackRule(rule, [s, vault])).toEqual([]);
  });
});
