import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/db/azure-db-firewall-admin-cidrs";
import { run } from "../helpers";

const FW = "azure-native:dbformysql:FirewallRule";
const profile = { adminCidrs: ["198.51.100.0/24"] };

describe("azure-db-firewall-admin-cidrs", () => {
  it("passes a range inside adminCidrs", () => {
    expect(run(rule, FW, { startIpAddress: "198.51.100.10", endIpAddress: "198.51.100.20" }, { profile })).toEqual([]);
  });
  it("fails a range leaving adminCidrs", () => {
    const out = run(rule, FW, { startIpAddress: "198.51.100.10", endIpAddress: "198.51.101.1" }, { profile });
    expect(out[0].message).toContain("198.51.101.1");
    expect(run(rule, FW, { startIpAddress: "198.51.100.10", endIpAddress: "198.51.100.20" })).toHaveLength(1);
  });
  it("leaves special ranges to their own rules", () => {
    expect(run(rule, FW, { startIpAddress: "0.0.0.0", endIpAddress: "255.255.255.255" }, { profile })).toEqual([]);
    expect(run(rule, FW, { startIpAddress: "0.0.0.0", endIpAddress: "0.0.0.0" }, { profile })).toEqual([]);
  });
});
