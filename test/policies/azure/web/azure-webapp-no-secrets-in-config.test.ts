import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/web/azure-webapp-no-secrets-in-config";
import { UNKNOWN_ARRAY, UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { messages, run } from "../helpers";

const APP = "azure-native:web:WebApp";
const ref = "@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/db/)";
const app = (appSettings: unknown[], connectionStrings: unknown[] = []) => run(rule, APP, { siteConfig: { appSettings, connectionStrings } });

describe("azure-webapp-no-secrets-in-config", () => {
  it("passes Key Vault references and harmless settings", () => {
    expect(app([
      { name: "DB_PASSWORD", value: ref },
      { name: "TOKEN_VALIDATION_ENABLED", value: "true" },
      { name: "APPLICATIONINSIGHTS_CONNECTION_STRING", value: "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://francecentral-1.in.applicationinsights.azure.com/" },
      { name: "WEBSITE_RUN_FROM_PACKAGE", value: "1" },
    ], [{ name: "db", connectionString: "Server=tcp:db.database.windows.net;Authentication=Active Directory Managed Identity", type: "SQLAzure" }])).toEqual([]);
  });
  it("fails a secret-named setting in clear, without printing its value", () => {
    const out = app([{ name: "Api_Key", value: "sk-very-secret-123" }]);
    expect(messages(out)[0]).toContain("siteConfig.appSettings[0] `Api_Key`");
    expect(out[0].message).not.toContain("sk-very-secret-123");
    expect(out[0].severity).toBe("high");
  });
  it("fails credentials inside connection strings and URLs", () => {
    expect(app([], [{ name: "db", connectionString: "Server=tcp:x;Database=d;User ID=u;Password=hunter22;", type: "SQLAzure" }])).toHaveLength(1);
    // The reason names the field without "=", so the output redactor does not take the rest of the sentence for a password.
    expect(app([], [{ name: "db", connectionString: "Server=tcp:x;Password=hunter22;", type: "SQLAzure" }])[0].message).toContain("(Password or Pwd field) : valeur non affichée");
    expect(app([{ name: "BROKER_URL", value: "amqps://user:pa55word@mq.example" }])).toHaveLength(1);
    expect(app([{ name: "STORAGE", value: `DefaultEndpointsProtocol=https;AccountName=a;AccountKey=${"A".repeat(86)}==` }])).toHaveLength(1);
  });
  it("fails a computed value copied into a secret-named setting", () => {
    // A computed value under a secret name is a plaintext secret in config, known or not.
    expect(app([{ name: "CLIENT_SECRET", value: UNKNOWN_STRING }]).filter((v) => v.enforcementLevel === "mandatory")).toHaveLength(1);
  });
  it("checks standalone app settings and connection string resources", () => {
    expect(run(rule, "azure-native:web:WebAppApplicationSettings", { name: "app", properties: { MDP_ADMIN: "azerty123", OK: ref } })).toHaveLength(1);
    expect(run(rule, "azure-native:web:WebAppConnectionStringsSlot", { properties: { db: { value: "Host=pg;Pwd=abc123;", type: "PostgreSQL" } } })).toHaveLength(1);
    expect(run(rule, "azure-native:web:WebAppConnectionStrings", { properties: { db: { value: ref, type: "PostgreSQL" } } })).toEqual([]);
  });
  it("fails settings lists unknown at preview", () => {
    expect(run(rule, APP, { siteConfig: { appSettings: UNKNOWN_ARRAY } })).toHaveLength(1);
  });
});
