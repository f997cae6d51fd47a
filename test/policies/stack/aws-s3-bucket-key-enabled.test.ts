import { describe, expect, it } from "vitest";
import { rule } from "../../../policies/rules/stack/aws-s3-bucket-key-enabled";
import { runStackRule, UNKNOWN_BOOL } from "../../helpers/policy-harness";

const bucket = { type: "aws:s3/bucket:Bucket", name: "data", props: { bucket: "hop-data" } };
const sse = (bucketKeyEnabled: unknown, algo = "aws:kms") => ({
  type: "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration", name: "sse",
  props: { bucket: "hop-data", rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: algo }, bucketKeyEnabled }] },
});

describe("aws-s3-bucket-key-enabled", () => {
  it("passes SSE-KMS with the bucket key", () => {
    expect(runStackRule(rule, [bucket, sse(true)])).toEqual([]);
  });
  it("flags SSE-KMS without it, or with an unknown value", () => {
    expect(runStackRule(rule, [bucket, sse(undefined)])[0].severity).toBe("low");
    expect(runStackRule(rule, [bucket, sse(UNKNOWN_BOOL)])).toHaveLength(1);
  });
  it("ignores SSE-S3 buckets", () => {
    expect(runStackRule(rule, [bucket, sse(undefined, "AES256")])).toEqual([]);
    expect(runStackRule(rule, [bucket])).toEqual([]);
  });
});
