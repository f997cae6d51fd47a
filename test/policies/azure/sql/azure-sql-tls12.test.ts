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
  it("fails absent, None, 1.0 and 1.1", () => {
    expect(messages(run(rule, SQL, {}))[0]).toContain("absent");
    for (const v of ["None", "1.0", "1.1"]) expect(run(rule, SQL, { minimalTlsVersion: v })).toHaveLength(1);
  });
  it("fails an unknown value", () => {
    expect(messages(run(rule, SQL, { minimalTlsVersion: UNKNOWN_STRING }))[0]).toContain("inconnu");
  });
});
