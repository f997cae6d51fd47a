import { violation, type StackRule } from "../../core/rule";
import { isHealthTagged, ofType, ref, S3_BUCKET_TYPES } from "./lib/links";
import { bucketSse, usesSseS3 } from "./lib/s3-encryption";

export const rule: StackRule = {
  kind: "stack",
  name: "aws-s3-sse-s3-advisory",
  clauses: ["O-8.4"],
  severity: "low",
  basis: { kind: "practice" },
  family: "C",
  scope: "core",
  description: {
    fr: "Signale les buckets S3 sans données de santé chiffrés seulement en SSE-S3 (clé AWS, défaut depuis 2023)",
    en: "Flags S3 buckets without health data that are only encrypted with SSE-S3 (AWS key, the default since 2023)",
  },
  remediation: {
    fr: "Préférer SSE-KMS avec une clé de la pile : elle permet la destruction prouvée (crypto-shredding) et la traçabilité des accès",
    en: "Prefer SSE-KMS with a key of the stack: it allows provable destruction (crypto-shredding) and access traceability",
  },
  check(resources, ctx) {
    return ofType(resources, S3_BUCKET_TYPES)
      .filter((b) => !isHealthTagged(b, ctx.profile) && usesSseS3(bucketSse(b, resources)))
      .map((b) => violation(`bucket ${b.name} chiffré en SSE-S3 (clé gérée par AWS)`, `bucket ${b.name} is encrypted with SSE-S3 (AWS-managed key)`, ref(b)));
  },
};
