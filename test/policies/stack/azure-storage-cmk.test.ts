import { describe, expect, it } from "vitest";
import { rule } from "../../../policies/rules/azure/storage/azure-storage-cmk";
import { runStackRule, UNKNOWN_STRING } from "../../helpers/policy-harness";

const SA = "azure-native:storage:StorageAccount";
const cmk = { keySource: "Microsoft.Keyvault", keyVaultProperties: { keyVaultUri: "https://kv-hds.vault.azure.net/", keyName: "sa" } };
const profile = { keys: { azureKeyVaultUris: ["https://kv-hds.vault.azure.net"] } };
const account = (encryption: Record<string, unknown> | undefined, tags?: Record<string, string>) =>
  ({ type: SA, name: "sa", props: { accountName: "hopsa", ...(encryption ? { encryption } : {}), ...(tags ? { tags } : {}) } });
const website = (linkedByDep: boolean) => ({
  type: "azure-native:storage:StorageAccountStaticWebsite", name: "site",
  props: { accountName: linkedByDep ? UNKNOWN_STRING : "hopsa", indexDocument: "index.html" },
  propertyDependencies: linkedByDep ? { accountName: ["sa"] } : undefined,
});

describe("azure-storage-cmk", () => {
  it("passes a Key Vault key in an allowlisted vault (keySource case-insensitive), and an unknown vault URI (a vault of the stack)", () => {
    expect(runStackRule(rule, [account(cmk)], { profile })).toEqual([]);
    expect(runStackRule(rule, [account({ ...cmk, keySource: "Microsoft.KeyVault" })], { profile })).toEqual([]);
    expect(runStackRule(rule, [account({ ...cmk, keyVaultProperties: { keyVaultUri: UNKNOWN_STRING } })], { profile })).toEqual([]);
  });
  it("blocks Microsoft-managed keys, explicit or by default, on an account that may hold personal data", () => {
    const explicit = runStackRule(rule, [account({ keySource: "Microsoft.Storage" })]);
    expect(explicit.map((v) => [v.enforcementLevel, v.urn?.split("::").pop()])).toEqual([["mandatory", "sa"]]);
    expect(explicit[0].message).toContain("Microsoft.Storage");
    expect(runStackRule(rule, [account(undefined)]).map((v) => v.enforcementLevel)).toEqual(["mandatory"]);
  });
  it("blocks a missing vault URI and a vault outside the allowlist", () => {
    expect(runStackRule(rule, [account({ keySource: "Microsoft.Keyvault" })])[0].message).toContain("absent");
    expect(runStackRule(rule, [account({ ...cmk, keyVaultProperties: { keyVaultUri: "https://other.vault.azure.net/" } })], { profile })[0].message).toContain("other.vault");
  });
  it("reports an unknown key source once, as verified at pulumi up", () => {
    const out = runStackRule(rule, [account({ ...cmk, keySource: UNKNOWN_STRING })]);
    expect(out).toHaveLength(1);
    expect(out[0].message).toContain("pulumi up");
  });
  it("an account that publishes a static website (linked by name or by dependency) is advisory unless keys.scope is all or it is health data", () => {
    for (const linked of [false, true]) {
      const out = runStackRule(rule, [account(undefined), website(linked)]);
      expect(out.map((v) => v.enforcementLevel)).toEqual(["advisory"]);
      expect(out[0].message).toContain("keys.scope: all");
      expect(out[0].message).toContain("static website");
    }
    expect(runStackRule(rule, [account(undefined), website(false)], { profile: { keys: { scope: "all" } } }).map((v) => v.enforcementLevel)).toEqual(["mandatory"]);
    expect(runStackRule(rule, [account(undefined, { "data-classification": "health" }), website(false)]).map((v) => v.enforcementLevel)).toEqual(["mandatory"]);
  });
  it("a static website on another account does not lower this one", () => {
    const other = { ...website(false), props: { accountName: "elsewhere", indexDocument: "index.html" } };
    expect(runStackRule(rule, [account(undefined), other]).map((v) => v.enforcementLevel)).toEqual(["mandatory"]);
  });

  const container = { type: "azure-native:storage:BlobContainer", name: "zips", props: { accountName: "hopsa" } };
  const zip = { type: "azure-native:storage:Blob", name: "zip", props: { accountName: "hopsa", containerName: "zips", source: { path: "./app.zip" } } };
  const app = (settings: string[]) => ({
    type: "azure-native:web:WebApp", name: "app",
    props: { siteConfig: { appSettings: settings.map((name) => ({ name, value: UNKNOWN_STRING })) } },
    propertyDependencies: { siteConfig: ["sa"] },
  });
  it("an account that only holds an app's deployment package (WEBSITE_RUN_FROM_PACKAGE) is advisory", () => {
    const out = runStackRule(rule, [account(undefined), container, zip, app(["WEBSITE_RUN_FROM_PACKAGE"])]);
    expect(out.map((v) => v.enforcementLevel)).toEqual(["advisory"]);
    expect(out[0].message).toContain("deployment package");
  });
  it("stays mandatory when the account is also the Functions host storage, holds other data, or an app reads it otherwise", () => {
    const queue = { type: "azure-native:storage:Queue", name: "jobs", props: { accountName: "hopsa" } };
    const upload = { ...zip, name: "report", props: { accountName: "hopsa", containerName: "zips" } };
    for (const stack of [
      [account(undefined), container, zip, app(["WEBSITE_RUN_FROM_PACKAGE", "AzureWebJobsStorage"])],
      [account(undefined), container, zip, queue, app(["WEBSITE_RUN_FROM_PACKAGE"])],
      [account(undefined), container, zip, upload, app(["WEBSITE_RUN_FROM_PACKAGE"])],
      [account(undefined), container, zip, app(["DATA_STORE_URL"])],
      [account(undefined), container, zip],
    ]) expect(runStackRule(rule, stack).map((v) => v.enforcementLevel)).toEqual(["mandatory"]);
  });
});
