import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/all/aws-messaging-cmk";
import { CMK, run } from "../helpers";

describe("aws-messaging-cmk", () => {
  it("passes CMK queues, topics, streams and MSK", () => {
    expect(run(rule, "aws:sqs/queue:Queue", { kmsMasterKeyId: CMK })).toEqual([]);
    expect(run(rule, "aws:sns/topic:Topic", { kmsMasterKeyId: CMK })).toEqual([]);
    expect(run(rule, "aws:kinesis/stream:Stream", { encryptionType: "KMS", kmsKeyId: CMK })).toEqual([]);
    expect(run(rule, "aws:msk/cluster:Cluster", { encryptionInfo: { encryptionAtRestKmsKeyArn: CMK } })).toEqual([]);
  });
  it("fails SSE-SQS alone and AWS-managed aliases", () => {
    expect(run(rule, "aws:sqs/queue:Queue", { sqsManagedSseEnabled: true })[0].message).toContain("kmsMasterKeyId");
    expect(run(rule, "aws:sns/topic:Topic", { kmsMasterKeyId: "alias/aws/sns" })).toHaveLength(1);
  });
  it("fails an unencrypted stream and MSK without a CMK", () => {
    expect(run(rule, "aws:kinesis/stream:Stream", {})[0].message).toContain("encryptionType");
    expect(run(rule, "aws:kinesis/stream:Stream", { encryptionType: "KMS", kmsKeyId: "alias/aws/kinesis" })).toHaveLength(1);
    expect(run(rule, "aws:msk/cluster:Cluster", {})[0].message).toContain("encryptionAtRestKmsKeyArn");
  });
  it("is medium", () => expect(run(rule, "aws:sqs/queue:Queue", {})[0].severity).toBe("medium"));
});
