import { describe, expect, it } from "vitest";
import { rule } from "../../../policies/rules/stack/aws-s3-sse-s3-advisory";
import { runStackRule, UNKNOWN_STRING } from "../../helpers/policy-harness";

const bucket = (tags?: Record<string, string>) => ({ type: "aws:s3/bucket:Bucket", name: "data", props: { bucket: "hop-data", tags } });
const sse = (algo: unknown) => ({
  type: "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration", name: "sse",
  props: { bucket: "hop-data", rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: algo } }] },
});

describe("aws-s3-sse-s3-advisory", () => {
  it("flags a bucket without configuration (SSE-S3 default) as a low advisory", () => {
    const out = runStackRule(rule, [bucket()], { stack: "dev-alice" });
    expect(out).toHaveLength(1);
    expect(out[0].enforcementLevel).toBe("advisory");
    expect(out[0].severity).toBe("low");
  });
  it("flags explicit AES256", () => {
    expect(runStackRule(rule, [bucket(), sse("AES256")])).toHaveLength(1);
  });
  it("is silent for KMS, unknown algorithms and health buckets (the high rule covers them)", () => {
    expect(runStackRule(rule, [bucket(), sse("aws:kms")])).toEqual([]);
    expect(runStackRule(rule, [bucket(), sse(UNKNOWN_STRING)])).toEqual([]);
    expect(runStackRule(rule, [bucket({ "data-classification": "hds" })])).toEqual([]);
  });
});
