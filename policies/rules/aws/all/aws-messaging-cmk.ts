import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { get, str } from "../../../core/props";
import { cmkViolations } from "../lib/kms";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-messaging-cmk",
  clauses: ["O-8.2"],
  severity: "medium",
  basis: { kind: "profile", key: "keys.scope" },
  family: "C",
  scope: "core",
  description: {
    fr: "Les files, sujets et flux (SQS, SNS, Kinesis, MSK) sont chiffrés avec une clé KMS maîtrisée",
    en: "Queues, topics and streams (SQS, SNS, Kinesis, MSK) are encrypted with a customer-managed KMS key",
  },
  remediation: {
    fr: "SQS/SNS : `kmsMasterKeyId` = CMK (SSE-SQS ne suffit pas) ; Kinesis : `encryptionType: \"KMS\"` + `kmsKeyId` ; MSK : `encryptionInfo.encryptionAtRestKmsKeyArn`",
    en: "SQS/SNS: `kmsMasterKeyId` = CMK (SSE-SQS is not enough); Kinesis: `encryptionType: \"KMS\"` + `kmsKeyId`; MSK: `encryptionInfo.encryptionAtRestKmsKeyArn`",
  },
  types: ["aws:sqs/queue:Queue", "aws:sns/topic:Topic", "aws:kinesis/stream:Stream", "aws:msk/cluster:Cluster"],
  check(r, ctx) {
    const p = r.props;
    switch (r.type) {
      case "aws:kinesis/stream:Stream":
        if (str(p.encryptionType)?.toUpperCase() !== "KMS") return [violation(`\`encryptionType\` = ${str(p.encryptionType) ?? "absent (NONE)"} : flux non chiffré`, `\`encryptionType\` = ${str(p.encryptionType) ?? "absent (NONE)"}: stream not encrypted`)];
        return cmkViolations("kmsKeyId", p.kmsKeyId, ctx.profile);
      case "aws:msk/cluster:Cluster":
        return cmkViolations("encryptionInfo.encryptionAtRestKmsKeyArn", get(p, "encryptionInfo.encryptionAtRestKmsKeyArn"), ctx.profile);
      default:
        return cmkViolations("kmsMasterKeyId", p.kmsMasterKeyId, ctx.profile);
    }
  },
};
