import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/common/ai/ai-component-declared";
import { runResourceRule } from "../../../helpers/policy-harness";

const declared = { "ai-declaration": "DECL-IA-2025-07", "clausier:ai-act-risk": "limited" };
const aws = (tags: Record<string, string>) => runResourceRule(rule, { type: "aws:bedrock/agentAgent:AgentAgent", props: { tags } });
const azure = (tags: Record<string, string>) => runResourceRule(rule, { type: "azure-native:cognitiveservices:Account", props: { tags } });
describe("ai-component-declared", () => {
  it("passes declared AWS and Azure components", () => {
    expect(aws(declared)).toEqual([]);
    expect(azure({ ...declared, "clausier:ai-act-risk": "HIGH" })).toEqual([]);
  });
  it("accepts the declaration tag from the AWS provider's defaultTags", () => {
    expect(runResourceRule(rule, { type: "aws:sagemaker/endpoint:Endpoint", props: { tags: { "clausier:ai-act-risk": "minimal" } }, provider: { props: { region: "eu-west-3", defaultTags: { tags: { "ai-declaration": "DECL-1" } } } } })).toEqual([]);
  });
  it("fails a missing or empty declaration, high", () => {
    const out = aws({ "clausier:ai-act-risk": "limited" });
    expect(out).toHaveLength(1);
    expect(out[0].severity).toBe("high");
    expect(out[0].message).toContain("`ai-declaration`");
    expect(azure({ ...declared, "ai-declaration": " " })).toHaveLength(1);
  });
  it("fails a missing or invalid risk class, leaving unacceptable to the critical rule", () => {
    expect(aws({ "ai-declaration": "D" })[0].message).toContain("clausier:ai-act-risk");
    expect(aws({ "ai-declaration": "D", "clausier:ai-act-risk": "medium" })).toHaveLength(1);
    expect(aws({ "ai-declaration": "D", "clausier:ai-act-risk": "unacceptable" })).toEqual([]);
  });
  it("follows the profile's declaration tag key", () => {
    expect(runResourceRule(rule, { type: "azure-native:machinelearningservices:Workspace", props: { tags: { "decl-ia": "X", "clausier:ai-act-risk": "high" } }, profile: { tags: { aiDeclaration: "decl-ia" } } })).toEqual([]);
  });
  it("does not apply to non-AI resources", () => expect(runResourceRule(rule, { type: "aws:s3/bucket:Bucket", props: {} })).toEqual([]));
});
