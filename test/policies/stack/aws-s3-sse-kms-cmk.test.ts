import { describe, expect, it } from "vitest";
import { rule } from "../../../policies/rules/stack/aws-s3-sse-kms-cmk";
import { runStackRule, UNKNOWN_STRING } from "../../helpers/policy-harness";
import { expectUnverified } from "../unverified";

const bucket = (tags?: Record<string, string>, extra: Record<string, unknown> = {}) => ({ type: "aws:s3/bucket:Bucket", name: "data", props: { bucket: "hop-data", tags, ...extra } });
const key = { type: "aws:kms/key:Key", name: "cmk", props: {} };
const sse = (algo: unknown, keyId?: unknown, deps?: Record<string, string[]>) => ({
  type: "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration", name: "data-sse",
  props: { bucket: "hop-data", rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: algo, kmsMasterKeyId: keyId }, bucketKeyEnabled: true }] },
  propertyDependencies: deps,
});
const health = { "data-classification": "sante" };

describe("aws-s3-sse-kms-cmk", () => {
  it("passes a bucket encrypted with a stack key linked through propertyDependencies", () => {
    expect(runStackRule(rule, [bucket(), key, sse("aws:kms", UNKNOWN_STRING, { rules: ["cmk"] })])).toEqual([]);
  });
  it("passes the V2 token and an allowlisted key ARN", () => {
    const arn = "arn:aws:kms:eu-west-3:111122223333:key/abc";
    const v2 = { ...sse("aws:kms", arn), type: "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2" };
    expect(runStackRule(rule, [bucket(), v2], { profile: { keys: { awsKmsKeyArns: [arn] } } })).toEqual([]);
  });
  it("links the configuration to an unknown bucket id through propertyDependencies", () => {
    const cfg = { ...sse("aws:kms"), props: { bucket: UNKNOWN_STRING, rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms" } }] }, propertyDependencies: { bucket: ["data"] } };
    expect(runStackRule(rule, [bucket(), cfg])[0].message).toContain("aws/s3");
  });
  it("fails SSE-KMS with the AWS-managed key, an AWS alias or a foreign key", () => {
    expect(runStackRule(rule, [bucket(), sse("aws:kms")])[0].message).toContain("aws/s3");
    expect(runStackRule(rule, [bucket(), sse("aws:kms", "alias/aws/s3")])).toHaveLength(1);
    expect(runStackRule(rule, [bucket(), sse("aws:kms", "arn:aws:kms:eu-west-3:999999999999:key/x")])[0].message).toContain("ni déclarée");
  });
  it("fails SSE-S3 or no configuration only on health-tagged buckets, raised to critical", () => {
    expect(runStackRule(rule, [bucket()])).toEqual([]);
    expect(runStackRule(rule, [bucket(), sse("AES256")])).toEqual([]);
    const out = runStackRule(rule, [bucket(health)]);
    expect(out).toHaveLength(1);
    expect(out[0].severity).toBe("critical");
    expect(runStackRule(rule, [bucket(health), sse("AES256")])).toHaveLength(1);
  });
  it("reads the deprecated inline configuration", () => {
    const inline = { serverSideEncryptionConfiguration: { rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: "k" } } } };
    expect(runStackRule(rule, [bucket(health, inline), { type: "aws:kms/key:Key", name: "cmk", props: { keyId: "k" } }])).toEqual([]);
    expect(runStackRule(rule, [bucket(health, inline)])).toHaveLength(1);
  });
  it("reports unknown algorithms and unknown unlinked keys", () => {
    expectUnverified(runStackRule(rule, [bucket(), sse(UNKNOWN_STRING)]), "ServerSideEncryptionConfiguration.rules");
    expectUnverified(runStackRule(rule, [bucket(), sse("aws:kms", UNKNOWN_STRING)]), "ServerSideEncryptionConfiguration.kmsMasterKeyId");
  });
});
