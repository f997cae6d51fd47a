import { describe, expect, it } from "vitest";
import { rule } from "../../../policies/rules/stack/ai-no-nominative-data-sources";
import { runStackRule, UNKNOWN_STRING } from "../../helpers/policy-harness";

const bucket = (classification: string) => ({ type: "aws:s3/bucket:Bucket", name: "src", props: { bucket: "hop-src", tags: { "data-classification": classification } } });
const ds = (bucketArn: unknown, tags?: Record<string, string>, deps?: Record<string, string[]>) => ({
  type: "aws:bedrock/agentDataSource:AgentDataSource", name: "kb-src",
  props: { knowledgeBaseId: "kb", name: "src", dataSourceConfiguration: { type: "S3", s3Configuration: { bucketArn } }, tags }, propertyDependencies: deps,
});

describe("ai-no-nominative-data-sources", () => {
  it("passes an AI source on pseudonymised data", () => {
    expect(runStackRule(rule, [bucket("pseudonymised"), ds("arn:aws:s3:::hop-src")])).toEqual([]);
  });
  it("fails an AI source on a nominative bucket, by literal ARN or by dependency", () => {
    const out = runStackRule(rule, [bucket("nominative"), ds("arn:aws:s3:::hop-src")]);
    expect(out).toHaveLength(1);
    expect(out[0].severity).toBe("critical");
    expect(runStackRule(rule, [bucket("health-identifying"), ds(UNKNOWN_STRING, undefined, { dataSourceConfiguration: ["src"] })])).toHaveLength(1);
  });
  it("fails a SageMaker/Bedrock s3:// URI and accepts a DPIA reference tag", () => {
    const custom = { type: "aws:bedrock/customModel:CustomModel", name: "cm", props: { trainingDataConfig: { s3Uri: "s3://hop-src/train.jsonl" } } };
    expect(runStackRule(rule, [bucket("nominative"), custom])).toHaveLength(1);
    expect(runStackRule(rule, [bucket("nominative"), ds("arn:aws:s3:::hop-src", { "clausier:aipd": "AIPD-2025-07" })])).toEqual([]);
  });
});
