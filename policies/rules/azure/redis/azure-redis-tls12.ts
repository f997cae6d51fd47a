import type { ResourceRule, Violation } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { bool } from "../../../core/props";
import { isUnknown, unverified } from "../../../core/unknown";
import { shown } from "../lib/messages";

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-redis-tls12",
  clauses: ["O-8.1", "O-8.2"],
  severity: "high",
  basis: { kind: "clause", text: "Les données utiles à l'authentification doivent être chiffrées lors de leur communication et de leur stockage" },
  family: "B",
  scope: "core",
  description: {
    fr: "Azure Cache for Redis impose TLS 1.2 et ferme le port non chiffré",
    en: "Azure Cache for Redis enforces TLS 1.2 and closes the non-TLS port",
  },
  remediation: {
    fr: "Fixer `minimumTlsVersion: \"1.2\"` et `enableNonSslPort: false`",
    en: "Set `minimumTlsVersion: \"1.2\"` and `enableNonSslPort: false`",
  },
  types: ["azure-native:redis:Redis"],
  check(r) {
    const out: Violation[] = [];
    const v = r.props.minimumTlsVersion;
    if (isUnknown(v)) out.push(unverified("minimumTlsVersion"));
    // The enum stops at 1.2; absent leaves the historical 1.0 default.
    else if (v !== "1.2") out.push(violation(`\`minimumTlsVersion\` = ${shown(v)} : TLS 1.2 requis`, `\`minimumTlsVersion\` = ${shown(v)}: TLS 1.2 is required`));
    const port = r.props.enableNonSslPort;
    if (isUnknown(port)) out.push(unverified("enableNonSslPort"));
    else if (bool(port) === true) out.push(violation("`enableNonSslPort` = true : port 6379 en clair ouvert", "`enableNonSslPort` = true: plaintext port 6379 is open"));
    return out;
  },
};
