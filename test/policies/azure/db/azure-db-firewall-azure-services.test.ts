import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/db/azure-db-firewall-azure-services";
import { UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { run } from "../helpers";

const FW = "azure-native:dbforpostgresql:FirewallRule";

describe("azure-db-firewall-azure-services", () => {
  it("passes other ranges", () => {
    expect(run(rule, FW, { startIpAddress: "203.0.113.1", endIpAddress: "203.0.113.1" })).toEqual([]);
    expect(run(rule, FW, { startIpAddress: UNKNOWN_STRING, endIpAddress: UNKNOWN_STRING })).toEqual([]);
  });
  it("fails AllowAllWindowsAzureIps (high)", () => {
    const out = run(rule, FW, { startIpAddress: "0.0.0.0", endIpAddress: "0.0.0.0" });
    expect(out[0].message).toContain("AllowAllWindowsAzureIps");
    expect(out[0].severity).toBe("high");
  });
});
