import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/all/azure-location-allowed";
import { UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { messages, run } from "../helpers";
import { expectUnverified } from "../../unverified";

const SA = "azure-native:storage:StorageAccount";

describe("azure-location-allowed", () => {
  it("passes a resource in France Central, spelled as the portal does", () => {
    expect(run(rule, SA, { location: "France Central" })).toEqual([]);
  });
  it("passes an EU location (the France advisory is another rule)", () => {
    expect(run(rule, SA, { location: "westeurope" })).toEqual([]);
  });
  it("fails a location outside the EU, as a mandatory high finding", () => {
    const out = run(rule, SA, { location: "eastus" });
    expect(out).toHaveLength(1);
    expect(out[0].message).toMatch(/^\[O-12\.3\.2\] location eastus/);
    expect(out[0].enforcementLevel).toBe("mandatory");
    expect(out[0].severity).toBe("high");
  });
  it("fails the UK and Switzerland (Europe but not EU)", () => {
    expect(run(rule, SA, { location: "uksouth" })).toHaveLength(1);
    expect(run(rule, SA, { location: "switzerlandnorth" })).toHaveLength(1);
  });
  it("falls back to the provider's location when the resource has none", () => {
    expect(run(rule, SA, {})).toEqual([]);
    expect(messages(run(rule, SA, {}, { provider: { props: { location: "eastus" } } }))[0]).toContain("location du provider");
  });
  it("fails when no location can be determined", () => {
    expect(messages(run(rule, SA, {}, { provider: { props: {} } }))[0]).toContain("aucune location");
  });
  it("reports an unknown location as a violation", () => {
    // One advisory, enforced at pulumi up: never a silent pass, never a per-field mandatory finding.
    expectUnverified(run(rule, SA, { location: UNKNOWN_STRING }), "location");
  });
  it("accepts global only for intrinsically global types", () => {
    expect(run(rule, "azure-native:cdn:Profile", { location: "Global" })).toEqual([]);
    expect(messages(run(rule, SA, { location: "global" }))[0]).toContain("global");
  });
  it("skips sub-resources that have no location input", () => {
    expect(run(rule, "azure-native:storage:BlobContainer", {}, { provider: { props: { location: "eastus" } } })).toEqual([]);
  });
  it("follows the profile's allowed and EU lists", () => {
    expect(run(rule, SA, { location: "westeurope" }, { profile: { regions: { azureEu: [] } } })).toHaveLength(1);
  });
});
