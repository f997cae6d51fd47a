import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/s3/aws-s3-no-public-access";
import { run } from "../helpers";

const all = { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true };
describe("aws-s3-no-public-access", () => {
  it("passes a full public access block (bucket and account)", () => {
    expect(run(rule, "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", { bucket: "b", ...all })).toEqual([]);
    expect(run(rule, "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock", all)).toEqual([]);
  });
  it("fails each missing flag (absent is false), critical", () => {
    const out = run(rule, "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", { bucket: "b", ...all, restrictPublicBuckets: false, ignorePublicAcls: undefined });
    expect(out).toHaveLength(1);
    expect(out[0].severity).toBe("critical");
    expect(out[0].message).toContain("restrictPublicBuckets");
    expect(out[0].message).toContain("ignorePublicAcls");
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
