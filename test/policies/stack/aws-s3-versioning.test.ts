import { describe, expect, it } from "vitest";
import { rule } from "../../../policies/rules/stack/aws-s3-versioning";
import { runStackRule, UNKNOWN_STRING } from "../../helpers/policy-harness";

const bucket = (extra: Record<string, unknown> = {}) => ({ type: "aws:s3/bucket:Bucket", name: "data", props: { bucket: "hop-data", ...extra } });
const versioning = (status: unknown) => ({ type: "aws:s3/bucketVersioningV2:BucketVersioningV2", name: "v", props: { bucket: UNKNOWN_STRING, versioningConfiguration: { status } }, propertyDependencies: { bucket: ["data"] } });

describe("aws-s3-versioning", () => {
  it("passes a versioned bucket (separate resource or inline)", () => {
    expect(runStackRule(rule, [bucket(), versioning("Enabled")])).toEqual([]);
    expect(runStackRule(rule, [bucket({ versioning: { enabled: true } })])).toEqual([]);
  });
  it("fails unversioned or suspended buckets", () => {
    expect(runStackRule(rule, [bucket()])).toHaveLength(1);
    expect(runStackRule(rule, [bucket(), versioning("Suspended")])).toHaveLength(1);
  });
  it("reports unknown status and skips log buckets", () => {
    expect(runStackRule(rule, [bucket(), versioning(UNKNOWN_STRING)])[0].message).toContain("inconnu");
    expect(runStackRule(rule, [bucket({ tags: { "clausier:role": "logs" } })])).toEqual([]);
  });
});
