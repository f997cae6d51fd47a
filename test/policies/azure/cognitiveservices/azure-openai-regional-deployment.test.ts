import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/cognitiveservices/azure-openai-regional-deployment";
import { UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { messages, run } from "../helpers";

const D = "azure-native:cognitiveservices:Deployment";

describe("azure-openai-regional-deployment", () => {
  it("passes regional SKUs and the default", () => {
    expect(run(rule, D, { sku: { name: "Standard", capacity: 10 } })).toEqual([]);
    expect(run(rule, D, { sku: { name: "ProvisionedManaged" } })).toEqual([]);
    expect(run(rule, D, {})).toEqual([]);
  });
  it("fails global SKUs", () => {
    for (const s of ["GlobalStandard", "GlobalProvisionedManaged", "GlobalBatch"]) expect(messages(run(rule, D, { sku: { name: s } }))[0]).toContain(s);
  });
  it("leaves data-zone SKUs to the advisory rule", () => {
    expect(run(rule, D, { sku: { name: "DataZoneStandard" } })).toEqual([]);
  });
  it("fails an unknown SKU", () => {
    expect(run(rule, D, { sku: { name: UNKNOWN_STRING } })).toHaveLength(1);
  });
});
