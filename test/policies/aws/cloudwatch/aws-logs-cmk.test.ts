import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/cloudwatch/aws-logs-cmk";
import { UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { CMK, run } from "../helpers";

describe("aws-logs-cmk", () => {
  it("passes log groups and trails with a CMK (literal or computed)", () => {
    expect(run(rule, "aws:cloudwatch/logGroup:LogGroup", { kmsKeyId: CMK })).toEqual([]);
    expect(run(rule, "aws:cloudtrail/trail:Trail", { kmsKeyId: UNKNOWN_STRING })).toEqual([]);
  });
  it("fails without a key", () => {
    expect(run(rule, "aws:cloudwatch/logGroup:LogGroup", {})[0].message).toContain("`kmsKeyId` absent");
    expect(run(rule, "aws:cloudtrail/trail:Trail", {})).toHaveLength(1);
  });
});
