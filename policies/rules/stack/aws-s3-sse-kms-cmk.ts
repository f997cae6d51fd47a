import { violation, type StackRule, type Violation } from "../../core/rule";
import { isUnknown, unverified } from "../../core/unknown";
import { awsKeyVerdict, isHealthTagged, ofType, raisedOnHealth, ref, S3_BUCKET_TYPES } from "./lib/links";
import { bucketSse, isKmsAlgorithm, usesSseS3 } from "./lib/s3-encryption";

export const rule: StackRule = {
  kind: "stack",
  name: "aws-s3-sse-kms-cmk",
  clauses: ["O-8.4"],
  severity: "high",
  basis: { kind: "clause", text: "établir la responsabilité de la gestion des clés de chiffrement" },
  family: "C",
  scope: "core",
  description: {
    fr: "Les buckets S3 sont chiffrés par défaut avec une clé KMS gérée par le client (CMK) autorisée ; SSE-S3 n'est pas admis pour les données de santé",
    en: "S3 buckets are encrypted by default with an allowed customer-managed KMS key (CMK); SSE-S3 is not accepted for health data",
  },
  remediation: {
    fr: "Déclarer une BucketServerSideEncryptionConfiguration avec sseAlgorithm aws:kms (ou aws:kms:dsse) et kmsMasterKeyId = une clé aws.kms.Key de la pile ou une clé listée dans le profil",
    en: "Declare a BucketServerSideEncryptionConfiguration with sseAlgorithm aws:kms (or aws:kms:dsse) and kmsMasterKeyId = an aws.kms.Key of the stack or a key listed in the profile",
  },
  check(resources, ctx) {
    const out: Violation[] = [];
    for (const b of ofType(resources, S3_BUCKET_TYPES)) {
      const severity = raisedOnHealth("high", b, ctx.profile);
      const sse = bucketSse(b, resources);
      if (sse.unknown || sse.rules.some((r) => isUnknown(r.algorithm))) {
        out.push(unverified("ServerSideEncryptionConfiguration.rules", ref(b)));
        continue;
      }
      if (usesSseS3(sse)) {
        // SSE-S3 without health data is the advisory rule aws-s3-sse-s3-advisory.
        if (isHealthTagged(b, ctx.profile)) {
          out.push({ ...violation(`bucket ${b.name} (données de santé) chiffré en SSE-S3 (clé AWS) au lieu d'une CMK`, `bucket ${b.name} (health data) is encrypted with SSE-S3 (AWS key) instead of a CMK`, ref(b)), severity });
        }
        continue;
      }
      for (const r of sse.rules.filter((x) => isKmsAlgorithm(x.algorithm))) {
        const verdict = awsKeyVerdict(r.key, r.keyDeps, resources, ctx.profile);
        if (verdict === "cmk") continue;
        if (verdict === "unknown") {
          out.push(unverified("ServerSideEncryptionConfiguration.kmsMasterKeyId", ref(b)));
          continue;
        }
        const [fr, en] = verdict === "absent"
          ? ["sans kmsMasterKeyId : clé gérée par AWS (aws/s3), pas une CMK", "no kmsMasterKeyId: AWS-managed key (aws/s3), not a CMK"]
          : [`clé ${String(r.key)} ni déclarée dans la pile ni autorisée par le profil`, `key ${String(r.key)} is neither declared in the stack nor allowed by the profile`];
        out.push({ ...violation(`bucket ${b.name} : ${fr}`, `bucket ${b.name}: ${en}`, ref(b)), severity });
      }
    }
    return out;
  },
};
