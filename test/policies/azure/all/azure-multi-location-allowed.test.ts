import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/all/azure-multi-location-allowed";
import { UNKNOWN_ARRAY, UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { messages, run } from "../helpers";

describe("azure-multi-location-allowed", () => {
  const cosmos = (locs: unknown) => run(rule, "azure-native:cosmosdb:DatabaseAccount", { locations: locs });
  it("passes Cosmos DB replicas in France and the EU", () => {
    expect(cosmos([{ locationName: "France Central" }, { locationName: "westeurope" }])).toEqual([]);
  });
  it("fails a Cosmos DB replica outside the EU", () => {
    expect(messages(cosmos([{ locationName: "francecentral" }, { locationName: "East US" }]))[0]).toContain("locations[1].locationName");
  });
  it("fails unknown replica lists or entries", () => {
    expect(cosmos(UNKNOWN_ARRAY)).toHaveLength(1);
    expect(cosmos([{ locationName: UNKNOWN_STRING }])).toHaveLength(1);
  });
  it("checks APIM additional locations", () => {
    expect(run(rule, "azure-native:apimanagement:ApiManagementService", { additionalLocations: [{ location: "uksouth" }] })).toHaveLength(1);
    expect(run(rule, "azure-native:apimanagement:ApiManagementService", {})).toEqual([]);
  });
  it("checks backup vault replicated regions", () => {
    expect(run(rule, "azure-native:dataprotection:BackupVault", { properties: { replicatedRegions: ["francesouth", "centralus"] } })).toHaveLength(1);
  });
  it("checks Cognitive Services multi-region settings", () => {
    const out = run(rule, "azure-native:cognitiveservices:Account", { properties: { locations: { regions: [{ name: "swedencentral" }, { name: "eastus2" }] } } });
    expect(messages(out)).toEqual([expect.stringContaining("properties.locations.regions[1].name")]);
  });
});
