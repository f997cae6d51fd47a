import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { RSA_2048_UNTIL, RSA_LONG_TERM_BITS, rsaSize } from "../lib/rgs";

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-keyvault-key-rsa-3072",
  clauses: ["O-8.3"],
  severity: "low",
  basis: { kind: "clause", text: "si des techniques cryptographiques sont utilisées, elles doivent être conformes" },
  family: "C",
  scope: "core",
  description: {
    fr: "Les clés RSA de moins de 3072 bits devront être remplacées avant fin 2030 (RGS B1)",
    en: "RSA keys under 3072 bits must be replaced before the end of 2030 (RGS B1)",
  },
  remediation: {
    fr: "Créer les nouvelles clés RSA avec `properties.keySize: 3072` ou plus",
    en: "Create new RSA keys with `properties.keySize: 3072` or more",
  },
  types: ["azure-native:keyvault:Key"],
  check(r, ctx) {
    // After the deadline azure-keyvault-key-rgs fails these keys itself.
    if (ctx.now >= RSA_2048_UNTIL) return [];
    const rsa = rsaSize(r.props);
    if (rsa.kind !== "rsa" || rsa.bits >= RSA_LONG_TERM_BITS) return [];
    return [violation(
      `\`properties.keySize\` = ${rsa.defaulted ? "absent (2048 par défaut)" : rsa.bits} : accepté jusqu'à fin 2030 seulement`,
      `\`properties.keySize\` = ${rsa.defaulted ? "absent (2048 by default)" : rsa.bits}: accepted until the end of 2030 only`)];
  },
};
