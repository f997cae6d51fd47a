import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/efs/aws-efs-encrypted-cmk";
import { CMK, run } from "../helpers";

const T = "aws:efs/fileSystem:FileSystem";
describe("aws-efs-encrypted-cmk", () => {
  it("passes", () => expect(run(rule, T, { encrypted: true, kmsKeyId: CMK })).toEqual([]));
  it("fails unencrypted and AWS-managed", () => {
    expect(run(rule, T, {})[0].message).toContain("`encrypted` = absent");
    expect(run(rule, T, { encrypted: true })[0].message).toContain("kmsKeyId");
  });
});
