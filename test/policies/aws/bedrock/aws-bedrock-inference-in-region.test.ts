import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/bedrock/aws-bedrock-inference-in-region";
import { run } from "../helpers";

const agent = (foundationModel: string) => run(rule, "aws:bedrock/agentAgent:AgentAgent", { agentName: "a", foundationModel });
describe("aws-bedrock-inference-in-region", () => {
  it("passes in-region models and eu. profiles (advisory elsewhere)", () => {
    expect(agent("anthropic.claude-3-haiku-20240307-v1:0")).toEqual([]);
    expect(agent("eu.anthropic.claude-3-7-sonnet-20250219-v1:0")).toEqual([]);
    expect(agent("arn:aws:bedrock:eu-west-3::foundation-model/mistral.mistral-large-2402-v1:0")).toEqual([]);
  });
  it.each(["global.anthropic.claude-sonnet-4-20250514-v1:0", "us.meta.llama3-2-1b-instruct-v1:0", "apac.amazon.nova-lite-v1:0"])("fails %s", (m) => {
    expect(agent(m)[0].message).toContain(m);
  });
  it("fails system inference profile ARNs and model ARNs outside the EU", () => {
    expect(run(rule, "aws:bedrock/inferenceProfile:InferenceProfile", { modelSource: { copyFrom: "arn:aws:bedrock:eu-west-3:1:inference-profile/global.anthropic.claude" } })).toHaveLength(1);
    expect(run(rule, "aws:bedrock/customModel:CustomModel", { baseModelIdentifier: "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-express-v1" })[0].message).toContain("us-east-1");
    expect(run(rule, "aws:bedrockmodel/invocationJob:InvocationJob", { modelId: "us.amazon.nova-pro-v1:0" })).toHaveLength(1);
  });
});
