import { describe, expect, it } from "vitest";
import { rule } from "../../../policies/rules/stack/aws-cloudtrail-data-events-health";
import { runStackRule, UNKNOWN_STRING } from "../../helpers/policy-harness";

const bucket = { type: "aws:s3/bucket:Bucket", name: "dossiers", props: { bucket: "hop-dossiers", tags: { "data-classification": "health" } } };
const trail = (eventSelectors: unknown, deps?: Record<string, string[]>, advancedEventSelectors?: unknown) => ({ type: "aws:cloudtrail/trail:Trail", name: "trail", props: { eventSelectors, advancedEventSelectors }, propertyDependencies: deps });
const sel = (values: unknown, readWriteType = "All") => [{ readWriteType, dataResources: [{ type: "AWS::S3::Object", values }] }];

describe("aws-cloudtrail-data-events-health", () => {
  it("passes a health bucket covered by a classic selector (literal ARN, all buckets, or dependency)", () => {
    expect(runStackRule(rule, [bucket, trail(sel(["arn:aws:s3:::hop-dossiers/"]))])).toEqual([]);
    expect(runStackRule(rule, [bucket, trail(sel(["arn:aws:s3"]))])).toEqual([]);
    expect(runStackRule(rule, [bucket, trail(sel([UNKNOWN_STRING]), { eventSelectors: ["dossiers"] })])).toEqual([]);
  });
  it("passes an advanced selector on data events without readOnly filter", () => {
    const adv = [{ fieldSelectors: [{ field: "eventCategory", equals: ["Data"] }, { field: "resources.type", equals: ["AWS::S3::Object"] }] }];
    expect(runStackRule(rule, [bucket, trail(undefined, undefined, adv)])).toEqual([]);
  });
  it("fails an uncovered health bucket, write-only selectors and DynamoDB tables", () => {
    expect(runStackRule(rule, [bucket])).toHaveLength(1);
    expect(runStackRule(rule, [bucket, trail(sel(["arn:aws:s3"], "WriteOnly"))])).toHaveLength(1);
    const table = { type: "aws:dynamodb/table:Table", name: "t", props: { name: "patients", tags: { "data-classification": "hds" } } };
    expect(runStackRule(rule, [table, trail(sel(["arn:aws:s3"]))])).toHaveLength(1);
    const tsel = [{ dataResources: [{ type: "AWS::DynamoDB::Table", values: ["arn:aws:dynamodb:eu-west-3:111111111111:table/patients"] }] }];
    expect(runStackRule(rule, [table, trail(tsel)])).toEqual([]);
  });
  it("ignores buckets without health data", () => {
    expect(runStackRule(rule, [{ ...bucket, props: { bucket: "x" } }])).toEqual([]);
  });
});
