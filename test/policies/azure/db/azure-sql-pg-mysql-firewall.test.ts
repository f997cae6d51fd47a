import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/db/azure-sql-pg-mysql-firewall";
import { UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { run } from "../helpers";

const FW = "azure-native:sql:FirewallRule";

describe("azure-sql-pg-mysql-firewall", () => {
  it("passes restricted ranges (allowlisting is another rule)", () => {
    expect(run(rule, FW, { startIpAddress: "203.0.113.1", endIpAddress: "203.0.113.9" })).toEqual([]);
    expect(run(rule, FW, { startIpAddress: "0.0.0.0", endIpAddress: "0.0.0.0" })).toEqual([]);
  });
  it("fails the whole internet on SQL, PostgreSQL and MySQL, as critical", () => {
    for (const t of [FW, "azure-native:dbforpostgresql:FirewallRule", "azure-native:dbformysql:FirewallRule"]) {
      const out = run(rule, t, { startIpAddress: "0.0.0.0", endIpAddress: "255.255.255.255" });
      expect(out).toHaveLength(1);
      expect(out[0].severity).toBe("critical");
    }
  });
  it("fails unknown or missing bounds", () => {
    expect(run(rule, FW, { startIpAddress: "0.0.0.0", endIpAddress: UNKNOWN_STRING })).toHaveLength(1);
    expect(run(rule, FW, {})).toHaveLength(1);
  });
});
