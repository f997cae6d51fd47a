import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/all/azure-hds-region-for-health-data";
import { UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { run } from "../helpers";
import { expectUnverified } from "../../unverified";

const SQL = "azure-native:sql:Server";
const health = { "data-classification": "Sante" };

describe("azure-hds-region-for-health-data", () => {
  it("passes health data in francecentral", () => {
    expect(run(rule, SQL, { location: "francecentral", tags: health })).toEqual([]);
  });
  it("fails health data in an EU region outside the HDS list, as critical", () => {
    const out = run(rule, SQL, { location: "westeurope", tags: health });
    expect(out).toHaveLength(1);
    expect(out[0].severity).toBe("critical");
    expect(out[0].message).toContain("westeurope");
  });
  it("ignores non-health data and untagged resources", () => {
    expect(run(rule, SQL, { location: "westeurope", tags: { "data-classification": "public" } })).toEqual([]);
    expect(run(rule, SQL, { location: "westeurope" })).toEqual([]);
  });
  it("fails health data whose location is unknown or undeterminable", () => {
    expectUnverified(run(rule, SQL, { location: UNKNOWN_STRING, tags: health }), "location");
    expect(run(rule, SQL, { tags: health }, { provider: { props: {} } })).toHaveLength(1);
  });
  it("uses the profile's tag name and HDS regions", () => {
    const profile = { tags: { dataClassification: "classif" }, regions: { azureHds: ["westeurope"] } };
    expect(run(rule, SQL, { location: "westeurope", tags: { classif: "hds" } }, { profile })).toEqual([]);
    expect(run(rule, SQL, { location: "francecentral", tags: { classif: "hds" } }, { profile })).toHaveLength(1);
  });
});
