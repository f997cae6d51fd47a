import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { keySpec, KMS_KEY_TYPES, RSA_2048_UNTIL } from "../lib/keyspec";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-kms-keyspec-review",
  clauses: ["O-8.3"],
  severity: "low",
  basis: { kind: "practice" },
  family: "C",
  scope: "core",
  description: {
    fr: "Clés KMS à revoir : RSA 2048 (accepté jusqu'en 2030), Ed25519 et ML-DSA (à valider selon le guide ANSSI en vigueur)",
    en: "KMS keys to review: RSA 2048 (accepted until 2030), Ed25519 and ML-DSA (to validate against the current ANSSI guide)",
  },
  remediation: {
    fr: "Préférer RSA_3072+ ou ECC_NIST_P256+ ; faire valider Ed25519/ML-DSA par le RSSI",
    en: "Prefer RSA_3072+ or ECC_NIST_P256+; have Ed25519/ML-DSA validated by the CISO",
  },
  types: KMS_KEY_TYPES,
  check(r, ctx) {
    const k = keySpec(r);
    if (!k) return [];
    if (k.spec === "RSA_2048") {
      return ctx.now.getTime() <= RSA_2048_UNTIL
        ? [violation(`\`${k.prop}\` = RSA_2048 : accepté par le RGS jusqu'en 2030 seulement, prévoir RSA_3072`, `\`${k.prop}\` = RSA_2048: accepted by the RGS until 2030 only, plan RSA_3072`)]
        : [];
    }
    if (k.spec === "ECC_NIST_EDWARDS25519" || k.spec.startsWith("ML_DSA_")) {
      return [violation(`\`${k.prop}\` = ${k.spec} : à valider selon le guide des mécanismes cryptographiques ANSSI en vigueur`, `\`${k.prop}\` = ${k.spec}: validate against the current ANSSI cryptographic mechanisms guide`)];
    }
    return [];
  },
};
