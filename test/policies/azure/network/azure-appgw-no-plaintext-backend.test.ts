import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/network/azure-appgw-no-plaintext-backend";
import { UNKNOWN_ARRAY, UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { messages, run } from "../helpers";

const AGW = "azure-native:network:ApplicationGateway";

describe("azure-appgw-no-plaintext-backend", () => {
  it("passes HTTPS and TLS backends, and gateways without backends", () => {
    expect(run(rule, AGW, { backendHttpSettingsCollection: [{ name: "s", protocol: "Https", port: 443 }], backendSettingsCollection: [{ protocol: "Tls" }] })).toEqual([]);
    expect(run(rule, AGW, {})).toEqual([]);
  });
  it("fails an HTTP backend setting, naming it", () => {
    const out = run(rule, AGW, { backendHttpSettingsCollection: [{ name: "s", protocol: "Https" }, { name: "legacy", protocol: "Http", port: 80 }] });
    expect(messages(out)).toEqual([expect.stringContaining("(legacy)")]);
    expect(out[0].severity).toBe("medium");
  });
  it("fails a plaintext TCP backend (v2 layer-4 proxy)", () => {
    expect(run(rule, AGW, { backendSettingsCollection: [{ protocol: "Tcp" }] })).toHaveLength(1);
  });
  it("fails unknown protocols", () => {
    expect(run(rule, AGW, { backendHttpSettingsCollection: UNKNOWN_ARRAY })).toHaveLength(1);
    expect(run(rule, AGW, { backendHttpSettingsCollection: [{ protocol: UNKNOWN_STRING }] })).toHaveLength(1);
  });
});
