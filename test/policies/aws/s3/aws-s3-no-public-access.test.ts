import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/s3/aws-s3-no-public-access";
import { run } from "../helpers";

describe("aws-s3-no-public-access", () => {
  it("leaves public access blocks to aws-s3-public-access-block, so one open block is one finding", () => {
    expect(rule.types).not.toContain("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock");
    expect(rule.types).not.toContain("aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock");
  });
  it("fails public canned ACLs and public grants", () => {
    expect(run(rule, "aws:s3/bucketAcl:BucketAcl", { bucket: "b", acl: "public-read" })[0].message).toContain("public-read");
    expect(run(rule, "aws:s3/bucketAclV2:BucketAclV2", { bucket: "b", acl: "private" })).toEqual([]);
    const grants = [{ grantee: { type: "Group", uri: "http://acs.amazonaws.com/groups/global/AllUsers" }, permission: "READ" }];
    expect(run(rule, "aws:s3/bucketAcl:BucketAcl", { bucket: "b", accessControlPolicy: { grants, owner: { id: "o" } } })).toHaveLength(1);
    expect(run(rule, "aws:s3/bucket:Bucket", { acl: "authenticated-read" })).toHaveLength(1);
  });
  it("fails an unconditioned public bucket policy and passes a conditioned one", () => {
    const doc = (extra: Record<string, unknown>) => JSON.stringify({ Statement: [{ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "arn:aws:s3:::b/*", ...extra }] });
    expect(run(rule, "aws:s3/bucketPolicy:BucketPolicy", { bucket: "b", policy: doc({}) })[0].message).toContain("s3:GetObject");
    expect(run(rule, "aws:s3/bucketPolicy:BucketPolicy", { bucket: "b", policy: doc({ Condition: { StringEquals: { "aws:SourceVpce": "vpce-1" } } }) })).toEqual([]);
  });
});
