import { describe, expect, it } from "vitest";
import { rule } from "../../../policies/rules/stack/aws-cloudtrail-baseline";
import { runStackRule, UNKNOWN_BOOL, UNKNOWN_STRING } from "../../helpers/policy-harness";

const good = { isMultiRegionTrail: true, enableLogFileValidation: true, kmsKeyId: "arn:aws:kms:eu-west-3:111111111111:key/1", s3BucketName: "logs" };
const trail = (props: Record<string, unknown>, deps?: Record<string, string[]>) => ({ type: "aws:cloudtrail/trail:Trail", name: "trail", props, propertyDependencies: deps });
const bucket = { type: "aws:s3/bucket:Bucket", name: "b", props: {} };

describe("aws-cloudtrail-baseline", () => {
  it("passes a sound trail, with a stack key linked by dependency", () => {
    expect(runStackRule(rule, [bucket, trail(good)])).toEqual([]);
    const key = { type: "aws:kms/key:Key", name: "k", props: {} };
    expect(runStackRule(rule, [key, trail({ ...good, kmsKeyId: UNKNOWN_STRING }, { kmsKeyId: ["k"] })])).toEqual([]);
  });
  it("fails a prod AWS stack without a trail, but not a dev one", () => {
    expect(runStackRule(rule, [bucket])[0].message).toContain("sans CloudTrail");
    expect(runStackRule(rule, [bucket], { stack: "dev-alice" })).toEqual([]);
  });
  it("fails each weak setting", () => {
    expect(runStackRule(rule, [trail({ ...good, isMultiRegionTrail: false })])).toHaveLength(1);
    expect(runStackRule(rule, [trail({ ...good, enableLogging: false, includeGlobalServiceEvents: false })])).toHaveLength(2);
    expect(runStackRule(rule, [trail({ ...good, kmsKeyId: undefined, enableLogFileValidation: undefined })])).toHaveLength(2);
  });
  it("reports unknown settings", () => {
    expect(runStackRule(rule, [trail({ ...good, isMultiRegionTrail: UNKNOWN_BOOL })])[0].message).toContain("inconnu");
  });
});
