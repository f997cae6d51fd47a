import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { keySpec, KMS_KEY_TYPES, RSA_2048_UNTIL } from "../lib/keyspec";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-kms-rsa2048-expired",
  clauses: ["O-8.3"],
  severity: "medium",
  basis: { kind: "clause", text: "si des techniques cryptographiques sont utilisées, elles doivent être conformes" },
  family: "C",
  scope: "core",
  description: {
    fr: "Après 2030, les clés KMS RSA 2048 ne sont plus conformes au RGS",
    en: "After 2030, RSA 2048 KMS keys no longer comply with the RGS",
  },
  remediation: {
    fr: "Remplacer la clé par une clé RSA_3072 ou RSA_4096",
    en: "Replace the key with an RSA_3072 or RSA_4096 key",
  },
  types: KMS_KEY_TYPES,
  check(r, ctx) {
    const k = keySpec(r);
    if (k?.spec !== "RSA_2048" || ctx.now.getTime() <= RSA_2048_UNTIL) return [];
    return [violation(`\`${k.prop}\` = RSA_2048 : module inférieur à 3072 bits après 2030`, `\`${k.prop}\` = RSA_2048: modulus below 3072 bits after 2030`)];
  },
};
