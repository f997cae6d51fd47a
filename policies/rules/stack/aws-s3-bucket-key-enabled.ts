import { violation, type StackRule } from "../../core/rule";
import { ofType, ref, S3_BUCKET_TYPES } from "./lib/links";
import { bucketSse, isKmsAlgorithm } from "./lib/s3-encryption";

export const rule: StackRule = {
  kind: "stack",
  name: "aws-s3-bucket-key-enabled",
  clauses: ["O-8.4"],
  severity: "low",
  basis: { kind: "practice" },
  family: "C",
  scope: "core",
  description: {
    fr: "Les buckets chiffrés en SSE-KMS activent la clé de bucket (bucketKeyEnabled)",
    en: "SSE-KMS buckets enable the S3 Bucket Key (bucketKeyEnabled)",
  },
  remediation: {
    fr: "Mettre bucketKeyEnabled: true dans la règle de chiffrement (réduit les appels KMS et leur coût)",
    en: "Set bucketKeyEnabled: true in the encryption rule (fewer KMS calls, lower cost)",
  },
  check(resources) {
    return ofType(resources, S3_BUCKET_TYPES)
      .filter((b) => bucketSse(b, resources).rules.some((r) => isKmsAlgorithm(r.algorithm) && r.bucketKey !== true))
      .map((b) => violation(`bucket ${b.name} : SSE-KMS sans bucketKeyEnabled`, `bucket ${b.name}: SSE-KMS without bucketKeyEnabled`, ref(b)));
  },
};
