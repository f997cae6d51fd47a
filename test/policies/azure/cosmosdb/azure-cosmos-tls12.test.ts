import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/cosmosdb/azure-cosmos-tls12";
import { UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { run } from "../helpers";

const C = "azure-native:cosmosdb:DatabaseAccount";

describe("azure-cosmos-tls12", () => {
  it("passes Tls12 (any case)", () => {
    expect(run(rule, C, { minimalTlsVersion: "Tls12" })).toEqual([]);
    expect(run(rule, C, { minimalTlsVersion: "TLS12" })).toEqual([]);
  });
  it("fails absent, Tls and Tls11", () => {
    expect(run(rule, C, {})).toHaveLength(1);
    expect(run(rule, C, { minimalTlsVersion: "Tls" })).toHaveLength(1);
    expect(run(rule, C, { minimalTlsVersion: "Tls11" })[0].message).toContain("Tls11");
  });
  it("fails an unknown value", () => {
    expect(run(rule, C, { minimalTlsVersion: UNKNOWN_STRING })).toHaveLength(1);
  });
});
