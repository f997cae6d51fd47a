import type { ResourceRule, Violation } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { arr, isBag } from "../../../core/props";
import { isUnknown, unverified } from "../../../core/unknown";

const PREFIX = "microsoft.windowsazure.apimanagement.gateway.security.";
/** customProperties that re-enable obsolete protocols when set to "true". */
const LEGACY = ["protocols.tls10", "protocols.tls11", "protocols.ssl30", "backend.protocols.tls10", "backend.protocols.tls11", "backend.protocols.ssl30"].map((s) => PREFIX + s);

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-apim-tls12",
  clauses: ["O-8.1"],
  severity: "high",
  basis: { kind: "clause", text: "l'usage du TLS 1.2 ou plus est impératif" },
  family: "B",
  scope: "core",
  description: {
    fr: "API Management n'active ni SSL 3.0 ni TLS 1.0/1.1 (client et backend) et ses API n'exposent pas HTTP/WS en clair",
    en: "API Management enables neither SSL 3.0 nor TLS 1.0/1.1 (client and backend) and its APIs expose no plaintext HTTP/WS",
  },
  remediation: {
    fr: "Retirer ou mettre à \"false\" les `customProperties` …Security.Protocols.Tls10/Tls11/Ssl30 et …Backend.Protocols.*, et limiter `protocols` des API à [\"https\"] / [\"wss\"]",
    en: "Remove or set to \"false\" the `customProperties` …Security.Protocols.Tls10/Tls11/Ssl30 and …Backend.Protocols.*, and restrict API `protocols` to [\"https\"] / [\"wss\"]",
  },
  types: ["azure-native:apimanagement:ApiManagementService", "azure-native:apimanagement:Api"],
  check(r) {
    const out: Violation[] = [];
    if (r.type === "azure-native:apimanagement:Api") {
      const protocols = r.props.protocols;
      if (isUnknown(protocols)) return [unverified("protocols")];
      for (const p of arr(protocols)) {
        if (isUnknown(p)) out.push(unverified("protocols[]"));
        else if (typeof p === "string" && ["http", "ws"].includes(p.toLowerCase())) out.push(violation(`\`protocols\` contient "${p}" : API exposée en clair`, `\`protocols\` contains "${p}": API exposed in plaintext`));
      }
      return out;
    }
    const cp = r.props.customProperties;
    if (isUnknown(cp)) return [unverified("customProperties")];
    if (!isBag(cp)) return [];
    for (const [k, v] of Object.entries(cp)) {
      if (!LEGACY.includes(k.toLowerCase())) continue;
      if (isUnknown(v)) out.push(unverified(`customProperties["${k}"]`));
      else if (String(v).toLowerCase() === "true") out.push(violation(`\`customProperties["${k}"]\` = "true" : protocole obsolète activé`, `\`customProperties["${k}"]\` = "true": obsolete protocol enabled`));
    }
    return out;
  },
};
