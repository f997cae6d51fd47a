import { describe, expect, it } from "vitest";
import { rule } from "../../../policies/rules/stack/aws-s3-deny-insecure-transport";
import { runStackRule, UNKNOWN_STRING } from "../../helpers/policy-harness";
import { expectUnverified } from "../unverified";

const deny = (resource: unknown, cond: unknown = { Bool: { "aws:SecureTransport": "false" } }) => JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Deny", Principal: "*", Action: "s3:*", Resource: resource, Condition: cond }],
});
const bucket = { type: "aws:s3/bucket:Bucket", name: "data", props: { bucket: "hop-data" } };
const policy = (policyDoc: unknown, deps?: boolean, bucketProp: unknown = "hop-data") => ({
  type: "aws:s3/bucketPolicy:BucketPolicy", name: "data-policy", props: { bucket: bucketProp, policy: policyDoc },
  propertyDependencies: deps ? { bucket: ["data"] } : undefined,
});

describe("aws-s3-deny-insecure-transport", () => {
  it("passes with a separate policy linked by the literal bucket name", () => {
    expect(runStackRule(rule, [bucket, policy(deny(["arn:aws:s3:::hop-data", "arn:aws:s3:::hop-data/*"]))])).toEqual([]);
  });
  it("passes with the deprecated inline policy", () => {
    expect(runStackRule(rule, [{ ...bucket, props: { bucket: "hop-data", policy: deny(["arn:aws:s3:::hop-data", "arn:aws:s3:::hop-data/*"]) } }])).toEqual([]);
  });
  it("links an unknown bucket id through propertyDependencies", () => {
    expect(runStackRule(rule, [bucket, policy(deny(["arn:aws:s3:::hop-data", "arn:aws:s3:::hop-data/*"]), true, UNKNOWN_STRING)])).toEqual([]);
  });
  it("fails a bucket without any policy: advisory when private, mandatory when it serves the web or holds health data", () => {
    const out = runStackRule(rule, [bucket]);
    expect(out).toHaveLength(1);
    expect(out[0].message).toMatch(/^\[O-8\.1\] bucket data sans politique/);
    expect(out[0].enforcementLevel).toBe("advisory");
    const exposed: [string, Parameters<typeof runStackRule>[1]][] = [
      ["website", [bucket, { type: "aws:s3/bucketWebsiteConfiguration:BucketWebsiteConfiguration", name: "site", props: { bucket: "hop-data", indexDocument: { suffix: "index.html" } } }]],
      ["public policy", [bucket, policy(JSON.stringify({ Statement: [{ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "arn:aws:s3:::hop-data/*" }] }))]],
      ["public ACL", [{ ...bucket, props: { bucket: "hop-data", acl: "public-read" } }]],
      ["CloudFront origin", [bucket, { type: "aws:cloudfront/distribution:Distribution", name: "cdn", props: { origins: [{ domainName: UNKNOWN_STRING }] }, propertyDependencies: { origins: ["data"] } }]],
      ["health data", [{ ...bucket, props: { bucket: "hop-data", tags: { "data-classification": "health" } } }]],
    ];
    for (const [why, stack] of exposed) {
      const found = runStackRule(rule, stack).filter((v) => v.urn?.endsWith("::data"));
      expect(found.map((v) => v.enforcementLevel), why).toEqual(["mandatory"]);
    }
  });
  it("fails a policy not covering the objects", () => {
    expect(runStackRule(rule, [bucket, policy(deny(["arn:aws:s3:::hop-data"]))])[0].message).toContain("aucune instruction Deny");
  });
  it("fails a policy on another bucket's ARN", () => {
    expect(runStackRule(rule, [bucket, policy(deny(["arn:aws:s3:::other", "arn:aws:s3:::other/*"]))])).toHaveLength(1);
  });
  it("fails a Deny without the SecureTransport condition", () => {
    expect(runStackRule(rule, [bucket, policy(deny("*", { Bool: { "aws:MultiFactorAuthPresent": "false" } }))])).toHaveLength(1);
  });
  it("fails a policy attached to another bucket", () => {
    expect(runStackRule(rule, [bucket, policy(deny("*"), false, "other")])).toHaveLength(1);
  });
  it("reports an unknown policy document once, as an advisory enforced at pulumi up (never a silent pass)", () => {
    expectUnverified(runStackRule(rule, [bucket, policy(UNKNOWN_STRING, true)]), "BucketPolicy.policy");
  });
  it("ignores garbage documents without throwing", () => {
    expect(runStackRule(rule, [bucket, policy("{not json", true)])).toHaveLength(1);
  });
});
