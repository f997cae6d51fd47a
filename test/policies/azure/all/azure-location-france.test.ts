import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/all/azure-location-france";
import { UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { run } from "../helpers";

const SA = "azure-native:storage:StorageAccount";

describe("azure-location-france", () => {
  it("passes France", () => {
    expect(run(rule, SA, { location: "francesouth" })).toEqual([]);
    expect(run(rule, SA, {})).toEqual([]);
  });
  it("advises on an EU location outside France", () => {
    const out = run(rule, SA, { location: "West Europe" });
    expect(out).toHaveLength(1);
    expect(out[0].message).toContain("westeurope");
    expect(out[0].enforcementLevel).toBe("advisory");
    expect(out[0].severity).toBe("low");
  });
  it("leaves non-EU, unknown and missing locations to azure-location-allowed", () => {
    expect(run(rule, SA, { location: "eastus" })).toEqual([]);
    expect(run(rule, SA, { location: UNKNOWN_STRING })).toEqual([]);
    expect(run(rule, SA, {}, { provider: { props: {} } })).toEqual([]);
  });
});
