import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/keyvault/azure-keyvault-key-rotation";
import { run } from "../helpers";

const KEY = "azure-native:keyvault:Key";

describe("azure-keyvault-key-rotation", () => {
  it("passes a rotate lifetime action", () => {
    expect(run(rule, KEY, { properties: { kty: "RSA", rotationPolicy: { lifetimeActions: [{ action: { type: "notify" } }, { action: { type: "Rotate" }, trigger: { timeAfterCreate: "P90D" } }] } } })).toEqual([]);
  });
  it("advises without a rotate action", () => {
    expect(run(rule, KEY, { properties: { kty: "RSA" } })).toHaveLength(1);
    expect(run(rule, KEY, { properties: { rotationPolicy: { lifetimeActions: [{ action: { type: "notify" } }] } } })[0].severity).toBe("low");
  });
});
