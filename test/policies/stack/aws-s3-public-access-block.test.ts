import { describe, expect, it } from "vitest";
import { rule } from "../../../policies/rules/stack/aws-s3-public-access-block";
import { runStackRule, UNKNOWN_BOOL, UNKNOWN_STRING } from "../../helpers/policy-harness";

const bucket = { type: "aws:s3/bucketV2:BucketV2", name: "data", props: { bucket: "hop-data" } };
const on = { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true };
const pab = (flags: Record<string, unknown>, linkedByDep = false) => ({
  type: "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", name: "pab",
  props: { bucket: linkedByDep ? UNKNOWN_STRING : "hop-data", ...flags },
  propertyDependencies: linkedByDep ? { bucket: ["data"] } : undefined,
});
const account = (flags: Record<string, unknown>) => ({ type: "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock", name: "acct", props: flags });

describe("aws-s3-public-access-block", () => {
  it("passes a bucket without a block of its own: S3 blocks public access by default since April 2023", () => {
    expect(runStackRule(rule, [bucket], { stack: "dev-alice", now: "2026-11-29" })).toEqual([]);
  });
  it("before the April 2023 default, a bucket without a block was open", () => {
    const out = runStackRule(rule, [bucket], { stack: "dev-alice", now: "2023-01-15" });
    expect(out).toHaveLength(1);
    expect(out[0].enforcementLevel).toBe("mandatory");
  });
  it("passes with a full block linked by name or by dependency, and a full account-level block", () => {
    expect(runStackRule(rule, [bucket, pab(on)])).toEqual([]);
    expect(runStackRule(rule, [bucket, pab(on, true)])).toEqual([]);
    expect(runStackRule(rule, [bucket, account(on)])).toEqual([]);
  });
  const publicPolicy = { type: "aws:s3/bucketPolicy:BucketPolicy", name: "pol", props: { bucket: "hop-data", policy: JSON.stringify({ Statement: [{ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "arn:aws:s3:::hop-data/*" }] }) } };
  const publicAcl = { type: "aws:s3/bucketAclV2:BucketAclV2", name: "acl", props: { bucket: "hop-data", acl: "public-read" } };
  const privateAcl = { type: "aws:s3/bucketAclV2:BucketAclV2", name: "acl", props: { bucket: "hop-data", acl: "private" } };
  it("fails a block that opens access (flag false, or omitted: the resource sets it false) on a bucket a policy or an ACL makes public, as critical and mandatory", () => {
    for (const grant of [publicPolicy, publicAcl]) {
      const off = runStackRule(rule, [bucket, grant, pab({ ...on, restrictPublicBuckets: false })], { stack: "dev-alice" });
      expect(off).toHaveLength(1);
      expect(off[0].message).toContain("restrictPublicBuckets");
      expect(off[0].severity).toBe("critical");
      expect(off[0].enforcementLevel).toBe("mandatory");
    }
    expect(runStackRule(rule, [bucket, publicAcl, pab({ ...on, ignorePublicAcls: undefined })])[0].message).toContain("ignorePublicAcls");
  });
  it("keeps it mandatory while the bucket's policy cannot be read yet", () => {
    const unknownPolicy = { ...publicPolicy, props: { bucket: "hop-data", policy: UNKNOWN_STRING } };
    expect(runStackRule(rule, [bucket, unknownPolicy, pab({ ...on, blockPublicPolicy: false })]).map((v) => v.enforcementLevel)).toEqual(["mandatory"]);
  });
  it("only advises on an opened block when no policy or ACL makes the bucket public: nothing is exposed", () => {
    for (const extra of [[], [privateAcl]]) {
      const out = runStackRule(rule, [bucket, ...extra, pab({ blockPublicAcls: false, blockPublicPolicy: false, ignorePublicAcls: false, restrictPublicBuckets: false })]);
      expect(out.map((v) => v.enforcementLevel)).toEqual(["advisory"]);
      expect(out[0].message).toContain("no policy or ACL makes it public");
    }
  });
  it("fails an account-level block turned off", () => {
    const out = runStackRule(rule, [bucket, account({ ...on, blockPublicPolicy: false })]);
    expect(out.map((v) => v.message)).toEqual([expect.stringContaining("blockPublicPolicy")]);
  });
  it("reports unknown flags once, as an advisory verified at pulumi up", () => {
    const out = runStackRule(rule, [bucket, pab({ ...on, blockPublicPolicy: UNKNOWN_BOOL, ignorePublicAcls: UNKNOWN_BOOL })]);
    expect(out).toHaveLength(1);
    expect(out[0].enforcementLevel).toBe("advisory");
    expect(out[0].message).toContain("pab.blockPublicPolicy");
    expect(out[0].message).toContain("pab.ignorePublicAcls");
    expect(out[0].message).toContain("pulumi up");
  });
  it("judges a block on a bucket the stack does not declare on its own, once", () => {
    const orphan = { ...pab({ ...on, blockPublicAcls: false }), props: { bucket: "elsewhere", ...on, blockPublicAcls: false } };
    const out = runStackRule(rule, [bucket, orphan]);
    expect(out).toHaveLength(1);
    expect(out[0].urn).toMatch(/::pab$/);
    expect(out[0].message).toContain("blockPublicAcls");
    expect(runStackRule(rule, [{ ...orphan, props: { bucket: "elsewhere", ...on } }])).toEqual([]);
  });
  it("reports a bucket opened by its block once, not again on the block", () => {
    const out = runStackRule(rule, [bucket, pab({ ...on, blockPublicPolicy: false })]);
    expect(out.map((v) => v.urn?.split("::").pop())).toEqual(["data"]);
  });
});
