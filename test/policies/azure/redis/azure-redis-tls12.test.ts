import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/redis/azure-redis-tls12";
import { UNKNOWN_BOOL, UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { messages, run, withProps } from "../helpers";
import { expectUnverified } from "../../unverified";

const R = "azure-native:redis:Redis";
const happy = { minimumTlsVersion: "1.2", enableNonSslPort: false, sku: { name: "Premium", family: "P", capacity: 1 } };

describe("azure-redis-tls12", () => {
  it("passes TLS 1.2 without the plaintext port", () => {
    expect(run(rule, R, happy)).toEqual([]);
  });
  it("fails an absent or lower minimumTlsVersion", () => {
    expect(run(rule, R, { enableNonSslPort: false })).toHaveLength(1);
    expect(messages(run(rule, R, withProps(happy, { minimumTlsVersion: "1.0" })))[0]).toContain("1.0");
  });
  it("fails the non-TLS port", () => {
    expect(messages(run(rule, R, withProps(happy, { enableNonSslPort: true })))[0]).toContain("6379");
  });
  it("fails unknown values", () => {
    expectUnverified(run(rule, R, withProps(happy, { minimumTlsVersion: UNKNOWN_STRING, enableNonSslPort: UNKNOWN_BOOL })), "minimumTlsVersion", "enableNonSslPort");
  });
});
