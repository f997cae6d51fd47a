import { describe, expect, it } from "vitest";
import { rule } from "../../../policies/rules/stack/crypto-shredding-ready";
import { runStackRule, UNKNOWN_STRING } from "../../helpers/policy-harness";

const key = { type: "aws:kms/key:Key", name: "cmk", props: { deletionWindowInDays: 30 } };
const db = (props: Record<string, unknown>, deps?: Record<string, string[]>) => ({ type: "aws:rds/instance:Instance", name: "db", props, propertyDependencies: deps });

describe("crypto-shredding-ready", () => {
  it("lists keys whose destruction procedure must be documented, as low advisories", () => {
    const out = runStackRule(rule, [key, db({ kmsKeyId: UNKNOWN_STRING }, { kmsKeyId: ["cmk"] })]);
    expect(out).toHaveLength(1);
    expect(out[0].message).toContain("fenêtre de suppression 30 jours");
    expect(out[0].enforcementLevel).toBe("advisory");
  });
  it("summarises data stores without a key", () => {
    const out = runStackRule(rule, [db({ engine: "postgres" })]);
    expect(out).toHaveLength(1);
    expect(out[0].message).toContain("1 magasin(s)");
  });
  it("counts an S3 bucket encrypted through its separate SSE configuration as keyed", () => {
    const bucket = { type: "aws:s3/bucket:Bucket", name: "docs", props: {} };
    const sse = {
      type: "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration", name: "docs-sse",
      props: { bucket: UNKNOWN_STRING, rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: UNKNOWN_STRING } }] },
      propertyDependencies: { bucket: ["docs"], rules: ["cmk"] },
    };
    expect(runStackRule(rule, [key, bucket, sse]).map((v) => v.message)).not.toContainEqual(expect.stringContaining("magasin"));
    expect(runStackRule(rule, [key, bucket]).map((v) => v.message)).toContainEqual(expect.stringContaining("1 magasin(s)"));
  });
  it("is silent on a stack without data stores nor keys", () => {
    expect(runStackRule(rule, [{ type: "aws:iam/role:Role", name: "r", props: {} }])).toEqual([]);
  });
});
