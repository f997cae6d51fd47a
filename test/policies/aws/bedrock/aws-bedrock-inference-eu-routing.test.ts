import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/bedrock/aws-bedrock-inference-eu-routing";
import { run } from "../helpers";

const agent = (foundationModel: string) => run(rule, "aws:bedrock/agentAgent:AgentAgent", { foundationModel });
describe("aws-bedrock-inference-eu-routing", () => {
  it("passes in-region models and leaves non-EU ones to the high rule", () => {
    expect(agent("mistral.mistral-large-2402-v1:0")).toEqual([]);
    expect(agent("global.anthropic.claude")).toEqual([]);
  });
  it("advises on eu. profiles and EU models outside France", () => {
    const out = agent("eu.anthropic.claude-3-7-sonnet-20250219-v1:0");
    expect(out[0].enforcementLevel).toBe("advisory");
    expect(agent("arn:aws:bedrock:eu-central-1::foundation-model/amazon.titan-embed-text-v2:0")[0].message).toContain("eu-central-1");
  });
});
