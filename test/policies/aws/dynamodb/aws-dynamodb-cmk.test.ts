import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/dynamodb/aws-dynamodb-cmk";
import { CMK, run } from "../helpers";

const T = "aws:dynamodb/table:Table";
const sse = { serverSideEncryption: { enabled: true, kmsKeyArn: CMK } };
describe("aws-dynamodb-cmk", () => {
  it("passes a CMK table and CMK replicas", () => expect(run(rule, T, { ...sse, replicas: [{ regionName: "eu-west-1", kmsKeyArn: CMK }] })).toEqual([]));
  it("fails the AWS-owned default key", () => expect(run(rule, T, {})[0].message).toContain("serverSideEncryption.enabled"));
  it("fails the AWS-managed key and a replica without a CMK", () => {
    expect(run(rule, T, { serverSideEncryption: { enabled: true } })[0].message).toContain("serverSideEncryption.kmsKeyArn");
    expect(run(rule, T, { ...sse, replicas: [{ regionName: "eu-west-1" }] })[0].message).toContain("replicas[0].kmsKeyArn");
  });
});
