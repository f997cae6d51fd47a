import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/all/azure-no-eol-engines";
import { UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { messages, run } from "../helpers";

const AKS = "azure-native:containerservice:ManagedCluster";
const APP = "azure-native:web:WebApp";

describe("azure-no-eol-engines", () => {
  it("passes maintained versions and absent versions (service default)", () => {
    expect(run(rule, AKS, { kubernetesVersion: "1.34.1" })).toEqual([]);
    expect(run(rule, "azure-native:dbforpostgresql:Server", { version: "16" })).toEqual([]);
    expect(run(rule, "azure-native:dbformysql:Server", {})).toEqual([]);
    expect(run(rule, APP, { siteConfig: { linuxFxVersion: "NODE|22-lts", netFrameworkVersion: "v4.0", javaVersion: "17" } })).toEqual([]);
    expect(run(rule, APP, { siteConfig: { linuxFxVersion: "DOCKER|registry/app:1.0" } })).toEqual([]);
  });
  it("fails end-of-life engines", () => {
    expect(messages(run(rule, AKS, { kubernetesVersion: "1.29" }))[0]).toContain("kubernetesVersion");
    expect(run(rule, "azure-native:dbforpostgresql:Server", { version: "13" })).toHaveLength(1);
    expect(messages(run(rule, "azure-native:dbformysql:Server", { version: "8.0.21" }))[0]).toContain("8.4");
  });
  it("fails end-of-life App Service runtimes", () => {
    expect(run(rule, APP, { siteConfig: { linuxFxVersion: "PYTHON|3.9" } })).toHaveLength(1);
    expect(run(rule, "azure-native:web:WebAppSlot", { siteConfig: { windowsFxVersion: "DOTNETCORE|6.0" } })).toHaveLength(1);
    expect(run(rule, APP, { siteConfig: { nodeVersion: "~18", phpVersion: "7.4", javaVersion: "1.8", netFrameworkVersion: "v6.0" } })).toHaveLength(4);
  });
  it("fails Functions hosts and Node.js lines past their date (app settings, settings resources, Flex)", () => {
    const now = { now: "2026-11-29" };
    const settings = [{ name: "FUNCTIONS_EXTENSION_VERSION", value: "~3" }, { name: "WEBSITE_NODE_DEFAULT_VERSION", value: "~18" }, { name: "FUNCTIONS_WORKER_RUNTIME", value: "node" }];
    const out = messages(run(rule, APP, { kind: "functionapp", siteConfig: { appSettings: settings } }, now));
    expect(out).toHaveLength(2);
    expect(out[0]).toContain("~3");
    expect(out[1]).toContain("2025-04-30");
    expect(run(rule, "azure-native:web:WebAppApplicationSettings", { properties: { FUNCTIONS_EXTENSION_VERSION: "~2" } }, now)).toHaveLength(1);
    expect(run(rule, "azure-native:web:WebAppApplicationSettings", { properties: { FUNCTIONS_EXTENSION_VERSION: "~4" } }, now)).toEqual([]);
    expect(run(rule, APP, { siteConfig: { linuxFxVersion: "Node|20" } }, now)).toHaveLength(1);
    expect(run(rule, APP, { siteConfig: { linuxFxVersion: "DOTNET-ISOLATED|8.0" } }, now)).toHaveLength(1);
    expect(run(rule, APP, { siteConfig: { linuxFxVersion: "DOTNET-ISOLATED|8.0" } }, { now: "2026-11-01" })).toEqual([]);
    expect(run(rule, APP, { functionAppConfig: { runtime: { name: "python", version: "3.9" } } }, now)).toHaveLength(1);
    expect(run(rule, APP, { functionAppConfig: { runtime: { name: "python", version: "3.12" } } }, now)).toEqual([]);
  });
  it("fails unknown versions", () => {
    expect(run(rule, "azure-native:web:WebAppApplicationSettings", { properties: UNKNOWN_STRING })).toHaveLength(1);
    expect(run(rule, AKS, { kubernetesVersion: UNKNOWN_STRING })).toHaveLength(1);
    expect(run(rule, APP, { siteConfig: { linuxFxVersion: UNKNOWN_STRING } })).toHaveLength(1);
  });
});
