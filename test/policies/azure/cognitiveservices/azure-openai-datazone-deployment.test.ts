import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/cognitiveservices/azure-openai-datazone-deployment";
import { run } from "../helpers";

const D = "azure-native:cognitiveservices:Deployment";

describe("azure-openai-datazone-deployment", () => {
  it("passes regional and global SKUs (global is the high rule's)", () => {
    expect(run(rule, D, { sku: { name: "Standard" } })).toEqual([]);
    expect(run(rule, D, { sku: { name: "GlobalStandard" } })).toEqual([]);
  });
  it("advises on data-zone SKUs", () => {
    const out = run(rule, D, { sku: { name: "DataZoneProvisionedManaged" } });
    expect(out).toHaveLength(1);
    expect(out[0].enforcementLevel).toBe("advisory");
  });
});
