import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/db/azure-db-entra-only";
import { UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { run } from "../helpers";

describe("azure-db-entra-only", () => {
  it("passes servers without a local administrator password", () => {
    expect(run(rule, "azure-native:sql:Server", { administrators: { azureADOnlyAuthentication: true } })).toEqual([]);
    expect(run(rule, "azure-native:dbforpostgresql:Server", {})).toEqual([]);
  });
  it("fails a password that is set, without printing it", () => {
    for (const t of ["azure-native:sql:Server", "azure-native:sql:ManagedInstance", "azure-native:dbforpostgresql:Server", "azure-native:dbformysql:Server"]) {
      const out = run(rule, t, { administratorLogin: "admin", administratorLoginPassword: "S3cr3t-Value!" });
      expect(out).toHaveLength(1);
      expect(out[0].severity).toBe("high");
      expect(out[0].message).toContain("administratorLoginPassword");
      expect(out[0].message).not.toContain("S3cr3t-Value!");
    }
  });
  it("fails an unknown password that is not a secret, once", () => {
    expect(run(rule, "azure-native:sql:Server", { administratorLoginPassword: UNKNOWN_STRING }).map((v) => v.enforcementLevel)).toEqual(["mandatory"]);
  });
  it("advises only on a password that is a Pulumi secret (encrypted in the state)", () => {
    for (const administratorLoginPassword of ["S3cr3t-Value!", UNKNOWN_STRING]) {
      const out = run(rule, "azure-native:sql:Server", { administratorLogin: "admin", administratorLoginPassword }, { secrets: ["administratorLoginPassword"] });
      expect(out.map((v) => v.enforcementLevel)).toEqual(["advisory"]);
      expect(out[0].message).toContain("Entra ID");
      expect(out[0].message).not.toContain("S3cr3t-Value!");
    }
  });
});
