import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/storage/azure-storage-tls12";
import { UNKNOWN_BOOL, UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { messages, run, without, withProps } from "../helpers";
import { expectUnverified } from "../../unverified";

const SA = "azure-native:storage:StorageAccount";
const happy = { minimumTlsVersion: "TLS1_2", enableHttpsTrafficOnly: true };

describe("azure-storage-tls12", () => {
  it("passes TLS1_2/TLS1_3 with HTTPS only", () => {
    expect(run(rule, SA, happy)).toEqual([]);
    expect(run(rule, SA, withProps(happy, { minimumTlsVersion: "TLS1_3" }))).toEqual([]);
    expect(run(rule, SA, without(happy, "enableHttpsTrafficOnly"))).toEqual([]);
  });
  it("passes an absent minimumTlsVersion since Azure Storage refuses TLS 1.0/1.1 (2026-02-03), fails it before", () => {
    expect(run(rule, SA, without(happy, "minimumTlsVersion"), { now: "2026-11-29" })).toEqual([]);
    expect(messages(run(rule, SA, without(happy, "minimumTlsVersion"), { now: "2025-06-01" }))[0]).toContain("TLS1_0");
  });
  it("fails TLS1_0 and TLS1_1", () => {
    expect(messages(run(rule, SA, withProps(happy, { minimumTlsVersion: "TLS1_1" })))[0]).toContain("TLS1_1");
    expect(run(rule, SA, withProps(happy, { minimumTlsVersion: "TLS1_0" }))).toHaveLength(1);
  });
  it("fails HTTP allowed", () => {
    expect(messages(run(rule, SA, withProps(happy, { enableHttpsTrafficOnly: false })))[0]).toContain("enableHttpsTrafficOnly");
  });
  it("fails unknown values", () => {
    expectUnverified(run(rule, SA, withProps(happy, { minimumTlsVersion: UNKNOWN_STRING })), "minimumTlsVersion");
    expectUnverified(run(rule, SA, withProps(happy, { enableHttpsTrafficOnly: UNKNOWN_BOOL })), "enableHttpsTrafficOnly");
  });
});
