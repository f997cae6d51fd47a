import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/db/azure-db-entra-only-auth";
import { UNKNOWN_BOOL, UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { messages, run } from "../helpers";

const SQL = "azure-native:sql:Server";
const PG = "azure-native:dbforpostgresql:Server";

describe("azure-db-entra-only-auth", () => {
  it("passes Entra-only SQL servers and PostgreSQL without password auth", () => {
    expect(run(rule, SQL, { administrators: { azureADOnlyAuthentication: true, login: "dba-group" } })).toEqual([]);
    expect(run(rule, "azure-native:sql:ManagedInstance", { administrators: { azureADOnlyAuthentication: true } })).toEqual([]);
    expect(run(rule, PG, { authConfig: { passwordAuth: "Disabled", activeDirectoryAuth: "Enabled" } })).toEqual([]);
  });
  it("fails SQL servers accepting SQL logins (medium)", () => {
    const out = run(rule, SQL, {});
    expect(messages(out)[0]).toContain("azureADOnlyAuthentication");
    expect(out[0].severity).toBe("medium");
    expect(run(rule, SQL, { administrators: { azureADOnlyAuthentication: false } })).toHaveLength(1);
  });
  it("fails PostgreSQL password auth, explicit or by default", () => {
    expect(run(rule, PG, {})).toHaveLength(1);
    expect(run(rule, PG, { authConfig: { passwordAuth: "Enabled" } })).toHaveLength(1);
  });
  it("fails unknown modes", () => {
    expect(run(rule, SQL, { administrators: { azureADOnlyAuthentication: UNKNOWN_BOOL } })).toHaveLength(1);
    expect(run(rule, PG, { authConfig: { passwordAuth: UNKNOWN_STRING } })).toHaveLength(1);
  });
});
