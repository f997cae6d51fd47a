import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/cognitiveservices/azure-ai-rai-policy-pii";
import { run } from "../helpers";

const P = "azure-native:cognitiveservices:RaiPolicy";
const hate = { name: "Hate", enabled: true, blocking: true, severityThreshold: "Medium", source: "Prompt" };

describe("azure-ai-rai-policy-pii", () => {
  it("passes an enabled, blocking PII filter", () => {
    expect(run(rule, P, { properties: { contentFilters: [hate, { name: "PII", enabled: true, blocking: true, source: "Completion" }] } })).toEqual([]);
    expect(run(rule, P, { properties: { contentFilters: [{ name: "Personally Identifiable Information", action: "BLOCKING" }] } })).toEqual([]);
  });
  it("advises without a PII filter, or with one disabled or annotating only", () => {
    const out = run(rule, P, { properties: { contentFilters: [hate] } });
    expect(out).toHaveLength(1);
    expect(out[0].enforcementLevel).toBe("advisory");
    expect(run(rule, P, { properties: { contentFilters: [{ name: "pii", enabled: false, blocking: true }] } })).toHaveLength(1);
    expect(run(rule, P, { properties: { contentFilters: [{ name: "pii", action: "ANNOTATING" }] } })).toHaveLength(1);
    expect(run(rule, P, {})).toHaveLength(1);
  });
});
