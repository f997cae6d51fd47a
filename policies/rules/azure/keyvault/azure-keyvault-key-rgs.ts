import type { ResourceRule, Violation } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { get } from "../../../core/props";
import { isUnknown, unverified } from "../../../core/unknown";
import { RSA_2048_UNTIL, RSA_LONG_TERM_BITS, RSA_MIN_BITS, rsaSize } from "../lib/rgs";

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-keyvault-key-rgs",
  clauses: ["O-8.3"],
  severity: "medium",
  basis: { kind: "clause", text: "si des techniques cryptographiques sont utilisées, elles doivent être conformes" },
  family: "C",
  scope: "core",
  description: {
    fr: "Les clés Key Vault respectent le RGS (annexe B1) : RSA ≥ 2048 bits (3072 après 2030), pas de courbe P-256K",
    en: "Key Vault keys follow the RGS (annex B1): RSA ≥ 2048 bits (3072 after 2030), no P-256K curve",
  },
  remediation: {
    fr: "Utiliser `properties.keySize` ≥ 3072 pour RSA, ou une courbe P-256/P-384/P-521 pour EC",
    en: "Use `properties.keySize` ≥ 3072 for RSA, or a P-256/P-384/P-521 curve for EC",
  },
  types: ["azure-native:keyvault:Key"],
  check(r, ctx) {
    const out: Violation[] = [];
    const rsa = rsaSize(r.props);
    if (rsa.kind === "unknown") out.push(unverified("properties.kty/keySize"));
    if (rsa.kind === "rsa") {
      const min = ctx.now >= RSA_2048_UNTIL ? RSA_LONG_TERM_BITS : RSA_MIN_BITS;
      if (rsa.bits < min) {
        const what = rsa.defaulted ? "absent (2048 par défaut)" : String(rsa.bits);
        out.push(violation(`\`properties.keySize\` = ${what} : RSA inférieur à ${min} bits`, `\`properties.keySize\` = ${rsa.defaulted ? "absent (2048 by default)" : rsa.bits}: RSA below ${min} bits`));
      }
    }
    const curve = get(r.props, "properties.curveName");
    if (isUnknown(curve)) out.push(unverified("properties.curveName"));
    else if (typeof curve === "string" && curve.toUpperCase() === "P-256K") {
      out.push(violation("`properties.curveName` = P-256K : courbe secp256k1 non recommandée par l'ANSSI", "`properties.curveName` = P-256K: secp256k1 is not an ANSSI-recommended curve"));
    }
    return out;
  },
};
