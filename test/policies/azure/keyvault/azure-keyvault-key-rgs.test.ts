import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/keyvault/azure-keyvault-key-rgs";
import { UNKNOWN_NUMBER, UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { messages, run } from "../helpers";

const KEY = "azure-native:keyvault:Key";
const key = (properties: Record<string, unknown>, now?: string) => run(rule, KEY, { vaultName: "kv", properties }, now ? { now } : {});

describe("azure-keyvault-key-rgs", () => {
  it("passes RSA 2048+ before 2031 and NIST curves", () => {
    expect(key({ kty: "RSA", keySize: 2048 }, "2026-11-29")).toEqual([]);
    expect(key({ kty: "RSA-HSM" }, "2026-11-29")).toEqual([]);
    expect(key({ kty: "EC", curveName: "P-384" })).toEqual([]);
  });
  it("fails RSA under 2048 bits", () => {
    expect(messages(key({ kty: "RSA", keySize: 1024 }))[0]).toContain("1024");
  });
  it("fails RSA under 3072 bits from 2031", () => {
    expect(key({ kty: "RSA", keySize: 2048 }, "2031-01-02")).toHaveLength(1);
    expect(messages(key({ kty: "RSA" }, "2031-01-02"))[0]).toContain("absent");
    expect(key({ kty: "RSA", keySize: 3072 }, "2031-01-02")).toEqual([]);
  });
  it("fails the secp256k1 curve", () => {
    expect(messages(key({ kty: "EC-HSM", curveName: "P-256K" }))[0]).toContain("P-256K");
  });
  it("fails unknown sizes and curves", () => {
    expect(key({ kty: "RSA", keySize: UNKNOWN_NUMBER })).toHaveLength(1);
    expect(key({ kty: UNKNOWN_STRING })).toHaveLength(1);
    expect(key({ kty: "EC", curveName: UNKNOWN_STRING })).toHaveLength(1);
  });
});
