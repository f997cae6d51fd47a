import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/keyvault/azure-keyvault-hardening";
import { UNKNOWN_BOOL } from "../../../helpers/policy-harness";
import { messages, run, withProps } from "../helpers";
import { expectUnverified } from "../../unverified";

const KV = "azure-native:keyvault:Vault";
const happy = { properties: { tenantId: "t", sku: { family: "A", name: "standard" }, enablePurgeProtection: true } };

describe("azure-keyvault-hardening", () => {
  it("passes purge protection with soft delete by default", () => {
    expect(run(rule, KV, happy)).toEqual([]);
    expect(run(rule, "azure-native:keyvault:ManagedHsm", { properties: { enablePurgeProtection: true, enableSoftDelete: true } })).toEqual([]);
  });
  it("fails soft delete disabled", () => {
    expect(messages(run(rule, KV, withProps(happy, { properties: { enableSoftDelete: false } })))[0]).toContain("enableSoftDelete");
  });
  it("fails purge protection absent or false", () => {
    expect(run(rule, KV, { properties: { tenantId: "t" } })).toHaveLength(1);
    expect(messages(run(rule, KV, withProps(happy, { properties: { enablePurgeProtection: false } })))[0]).toContain("enablePurgeProtection");
  });
  it("fails unknown switches", () => {
    expectUnverified(run(rule, KV, withProps(happy, { properties: { enablePurgeProtection: UNKNOWN_BOOL, enableSoftDelete: UNKNOWN_BOOL } })), "properties.enablePurgeProtection", "properties.enableSoftDelete");
  });
});
