import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/keyvault/azure-keyvault-key-rsa-3072";
import { run } from "../helpers";

const KEY = "azure-native:keyvault:Key";
const key = (properties: Record<string, unknown>, now = "2026-11-29") => run(rule, KEY, { vaultName: "kv", properties }, { now });

describe("azure-keyvault-key-rsa-3072", () => {
  it("passes RSA 3072+ and EC keys", () => {
    expect(key({ kty: "RSA", keySize: 4096 })).toEqual([]);
    expect(key({ kty: "EC", curveName: "P-256" })).toEqual([]);
  });
  it("advises on RSA 2048 (explicit or default) before the deadline", () => {
    const out = key({ kty: "RSA" });
    expect(out).toHaveLength(1);
    expect(out[0].enforcementLevel).toBe("advisory");
    expect(key({ kty: "RSA-HSM", keySize: 2048 })).toHaveLength(1);
  });
  it("stays silent after the deadline (the medium rule fails instead)", () => {
    expect(key({ kty: "RSA", keySize: 2048 }, "2031-06-01")).toEqual([]);
  });
});
