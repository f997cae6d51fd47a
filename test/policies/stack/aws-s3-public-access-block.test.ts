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

describe("aws-s3-public-access-block", () => {
  it("passes with a full block linked by name or by dependency", () => {
    expect(runStackRule(rule, [bucket, pab(on)])).toEqual([]);
    expect(runStackRule(rule, [bucket, pab(on, true)])).toEqual([]);
  });
  it("passes with a full account-level block", () => {
    expect(runStackRule(rule, [bucket, { type: "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock", name: "acct", props: on }])).toEqual([]);
  });
  it("fails a bucket without a block, as a critical mandatory finding", () => {
    const out = runStackRule(rule, [bucket], { stack: "dev-alice" });
    expect(out).toHaveLength(1);
    expect(out[0].severity).toBe("critical");
    expect(out[0].enforcementLevel).toBe("mandatory");
  });
  it("fails a block with one flag off or absent", () => {
    expect(runStackRule(rule, [bucket, pab({ ...on, restrictPublicBuckets: false })])[0].message).toContain("restrictPublicBuckets");
    expect(runStackRule(rule, [bucket, pab({ ...on, ignorePublicAcls: undefined })])[0].message).toContain("ignorePublicAcls");
  });
  it("reports unknown flags", () => {
    expect(runStackRule(rule, [bucket, pab({ ...on, blockPublicPolicy: UNKNOWN_BOOL })])[0].message).toContain("inconnues");
  });
});
