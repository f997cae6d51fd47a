import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/sql/azure-sql-tls12";
import { UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { messages, run } from "../helpers";

const SQL = "azure-native:sql:Server";

describe("azure-sql-tls12", () => {
  it("passes 1.2 and 1.3", () => {
    expect(run(rule, SQL, { minimalTlsVersion: "1.2" })).toEqual([]);
    expect(run(rule, SQL, { minimalTlsVersion: "1.3" })).toEqual([]);
  });
  it("passes an absent value once the service defaults to 1.2 (2026-07-15), fails it before", () => {
    expect(run(rule, SQL, {}, { now: "2026-11-29" })).toEqual([]);
    expect(messages(run(rule, SQL, {}, { now: "2026-03-01" }))[0]).toContain("absent");
  });
  it("fails None, 1.0 and 1.1", () => {
    for (const v of ["None", "1.0", "1.1"]) expect(run(rule, SQL, { minimalTlsVersion: v })).toHaveLength(1);
  });
  it("fails an unknown value", () => {
    expect(messages(run(rule, SQL, { minimalTlsVersion: UNKNOWN_STRING }))[0]).toContain("inconnu");
  });
});
