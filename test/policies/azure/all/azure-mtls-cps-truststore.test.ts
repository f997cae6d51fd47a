import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/all/azure-mtls-cps-truststore";
import { messages, run } from "../helpers";

const APP = "azure-native:web:WebApp";
const AGW = "azure-native:network:ApplicationGateway";
const tags = { "clausier:auth": "cps" };

describe("azure-mtls-cps-truststore", () => {
  it("passes a CPS app requiring client certificates (mode defaults to Required)", () => {
    expect(run(rule, APP, { tags, clientCertEnabled: true, clientCertMode: "Required" })).toEqual([]);
    expect(run(rule, APP, { tags, clientCertEnabled: true })).toEqual([]);
  });
  it("ignores endpoints not declared for CPS", () => {
    expect(run(rule, APP, {})).toEqual([]);
  });
  it("advises when client certificates are off or optional", () => {
    const out = run(rule, APP, { tags });
    expect(out).toHaveLength(1);
    expect(out[0].enforcementLevel).toBe("advisory");
    expect(messages(run(rule, "azure-native:web:WebAppSlot", { tags, clientCertEnabled: true, clientCertMode: "Optional" }))[0]).toContain("Optional");
  });
  it("checks Application Gateway SSL profiles for trusted client certificates", () => {
    expect(run(rule, AGW, { tags, sslProfiles: [{ name: "cps", trustedClientCertificates: [{ id: "/igc-sante" }], clientAuthConfiguration: { verifyClientCertIssuerDN: true } }] })).toEqual([]);
    expect(run(rule, AGW, { tags, sslProfiles: [{ name: "p" }] })).toHaveLength(1);
  });
});
