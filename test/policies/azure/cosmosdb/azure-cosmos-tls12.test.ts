import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/cosmosdb/azure-cosmos-tls12";
import { UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { run } from "../helpers";

const C = "azure-native:cosmosdb:DatabaseAccount";

describe("azure-cosmos-tls12", () => {
  it("passes Tls12 (any case), and an absent setting: new accounts get Tls12 (provider-defaults.ts)", () => {
    expect(run(rule, C, { minimalTlsVersion: "Tls12" })).toEqual([]);
    expect(run(rule, C, { minimalTlsVersion: "TLS12" })).toEqual([]);
    expect(run(rule, C, {})).toEqual([]);
  });
  it("fails Tls and Tls11", () => {
    expect(run(rule, C, { minimalTlsVersion: "Tls" })).toHaveLength(1);
    expect(run(rule, C, { minimalTlsVersion: "Tls11" })[0].message).toContain("Tls11");
  });
  it("fails an unknown value", () => {
    expect(run(rule, C, { minimalTlsVersion: UNKNOWN_STRING })).toHaveLength(1);
  });
});
