import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/bedrock/aws-bedrock-cmk";
import { CMK, run } from "../helpers";

describe("aws-bedrock-cmk", () => {
  it("passes CMK-encrypted Bedrock resources", () => {
    expect(run(rule, "aws:bedrock/customModel:CustomModel", { customModelKmsKeyId: CMK })).toEqual([]);
    expect(run(rule, "aws:bedrock/agentAgent:AgentAgent", { customerEncryptionKeyArn: CMK })).toEqual([]);
    expect(run(rule, "aws:bedrock/guardrail:Guardrail", { kmsKeyArn: CMK })).toEqual([]);
    expect(run(rule, "aws:bedrock/agentDataSource:AgentDataSource", { serverSideEncryptionConfiguration: { kmsKeyArn: CMK } })).toEqual([]);
  });
  it("fails absent keys, naming the property", () => {
    expect(run(rule, "aws:bedrock/agentAgent:AgentAgent", {})[0].message).toContain("customerEncryptionKeyArn");
    expect(run(rule, "aws:bedrock/agentDataSource:AgentDataSource", {})[0].message).toContain("serverSideEncryptionConfiguration.kmsKeyArn");
  });
});
