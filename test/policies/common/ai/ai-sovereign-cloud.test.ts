import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/common/ai/ai-sovereign-cloud";
import { runResourceRule } from "../../../helpers/policy-harness";

const waiver = { sovereignWaiver: { approvedBy: "RSSI CHU", date: "2026-01-15", scope: "assistant de codage" } };
describe("ai-sovereign-cloud", () => {
  it("fails AWS and Azure public AI components without a waiver", () => {
    const out = runResourceRule(rule, { type: "aws:bedrock/agentAgent:AgentAgent", props: {} });
    expect(out[0].severity).toBe("high");
    expect(out[0].message).toContain("« aws »");
    expect(runResourceRule(rule, { type: "azure-native:cognitiveservices:Account", props: {} })[0].message).toContain("azure");
  });
  it("passes with the hospital's waiver", () => expect(runResourceRule(rule, { type: "aws:sagemaker/endpoint:Endpoint", props: {}, profile: waiver })).toEqual([]));
  it("passes a cloud the profile lists as qualified", () => {
    expect(runResourceRule(rule, { type: "aws:bedrock/agentAgent:AgentAgent", props: { region: "eusc-de-east-1" }, profile: { sovereignClouds: ["aws-eusc"] } })).toEqual([]);
    expect(runResourceRule(rule, { type: "azure-native:cognitiveservices:Account", props: {}, provider: { props: { location: "francecentral", environment: "bleu" } }, profile: { sovereignClouds: ["Bleu"] } })).toEqual([]);
  });
  it("does not apply to sub-resources or non-AI resources", () => {
    expect(runResourceRule(rule, { type: "azure-native:cognitiveservices:RaiBlocklistItem", props: {} })).toEqual([]);
    expect(runResourceRule(rule, { type: "aws:s3/bucket:Bucket", props: {} })).toEqual([]);
  });
});
