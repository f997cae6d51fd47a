import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { keySpec, KMS_KEY_TYPES } from "../lib/keyspec";

/** Key specs the RGS (annex B1) and the ANSSI guide rule out: non-recommended curve, short MAC, SM2. */
const FORBIDDEN: Record<string, string> = {
  ECC_SECG_P256K1: "courbe secp256k1 non recommandée par l'ANSSI / curve not recommended by ANSSI",
  HMAC_224: "HMAC-224 (< 256 bits)",
  SM2: "SM2 (algorithme non recommandé par l'ANSSI / algorithm not recommended by ANSSI)",
};

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-kms-rgs-keyspec",
  clauses: ["O-8.3"],
  severity: "medium",
  basis: { kind: "clause", text: "si des techniques cryptographiques sont utilisées, elles doivent être conformes" },
  family: "C",
  scope: "core",
  description: {
    fr: "Les clés KMS utilisent des algorithmes conformes au RGS (annexe B1)",
    en: "KMS keys use RGS-compliant algorithms (annex B1)",
  },
  remediation: {
    fr: "Utiliser SYMMETRIC_DEFAULT (AES-256-GCM), RSA_3072/RSA_4096, ECC_NIST_P256/P384/P521 ou HMAC_256+",
    en: "Use SYMMETRIC_DEFAULT (AES-256-GCM), RSA_3072/RSA_4096, ECC_NIST_P256/P384/P521 or HMAC_256+",
  },
  types: KMS_KEY_TYPES,
  check(r) {
    const k = keySpec(r);
    const why = k ? FORBIDDEN[k.spec] : undefined;
    return k && why ? [violation(`\`${k.prop}\` = ${k.spec} : ${why}`, `\`${k.prop}\` = ${k.spec}: ${why}`)] : [];
  },
};
