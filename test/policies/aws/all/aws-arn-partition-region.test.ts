import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/all/aws-arn-partition-region";
import { run } from "../helpers";

describe("aws-arn-partition-region", () => {
  it("passes ARNs in Paris, the EU, global ARNs and AWS-managed policies", () => {
    expect(run(rule, "aws:iam/rolePolicyAttachment:RolePolicyAttachment", { policyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess" })).toEqual([]);
    expect(run(rule, "aws:lambda/function:Function", { role: "arn:aws:iam::111122223333:role/x", kmsKeyArn: "arn:aws:kms:eu-west-1:111122223333:key/k" })).toEqual([]);
  });
  it("fails an ARN in a non-EU region, naming the property", () => {
    const out = run(rule, "aws:sns/topic:Topic", { kmsMasterKeyId: "arn:aws:kms:us-east-1:111122223333:key/k" });
    expect(out).toHaveLength(1);
    expect(out[0].message).toContain("`kmsMasterKeyId`");
    expect(out[0].message).toContain("us-east-1");
  });
  it("finds ARNs inside JSON policy documents", () => {
    const policy = JSON.stringify({ Statement: [{ Effect: "Allow", Action: "sqs:*", Resource: "arn:aws:sqs:ap-south-1:111122223333:q" }] });
    expect(run(rule, "aws:iam/policy:Policy", { policy })[0].message).toContain("ap-south-1");
  });
  it("always fails the China, GovCloud and isolated partitions", () => {
    expect(run(rule, "aws:s3/bucketPolicy:BucketPolicy", { bucket: "arn:aws-cn:s3:::b" })[0].message).toContain("aws-cn");
    expect(run(rule, "aws:s3/bucketPolicy:BucketPolicy", { bucket: "arn:aws-us-gov:s3:::b" })).toHaveLength(1);
    expect(run(rule, "aws:s3/bucketPolicy:BucketPolicy", { bucket: "arn:aws-iso-b:s3:::b" })).toHaveLength(1);
  });
  it("accepts the European Sovereign Cloud partition in its EU region", () => {
    expect(run(rule, "aws:sns/topic:Topic", { kmsMasterKeyId: "arn:aws-eusc:kms:eusc-de-east-1:111122223333:key/k" })).toEqual([]);
  });
  it("tolerates a certificate validation naming its own us-east-1 certificate, not another resource's us-east-1 ARN", () => {
    expect(run(rule, "aws:acm/certificateValidation:CertificateValidation", { certificateArn: "arn:aws:acm:us-east-1:111122223333:certificate/c" })).toEqual([]);
    expect(run(rule, "aws:lambda/function:Function", { role: "arn:aws:acm:us-east-1:111122223333:certificate/c" })).toHaveLength(1);
  });
  it("tolerates the us-east-1 certificate CloudFront requires", () => {
    expect(run(rule, "aws:cloudfront/distribution:Distribution", { viewerCertificate: { acmCertificateArn: "arn:aws:acm:us-east-1:111122223333:certificate/c" } })).toEqual([]);
  });
});
