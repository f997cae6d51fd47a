import type { ResourceRule, Violation } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { arr, eqi, get } from "../../../core/props";
import { isUnknown, unverified } from "../../../core/unknown";

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-appgw-no-plaintext-backend",
  clauses: ["O-12.4.4"],
  severity: "medium",
  basis: { kind: "practice" },
  family: "B",
  scope: "hosted-admin",
  description: {
    fr: "Le saut Application Gateway → backend est chiffré (pas de HTTP ni de TCP en clair à l'intérieur de l'hébergement)",
    en: "The Application Gateway → backend hop is encrypted (no plaintext HTTP or TCP inside the hosting)",
  },
  remediation: {
    fr: "Passer `backendHttpSettingsCollection[].protocol` à \"Https\" et `backendSettingsCollection[].protocol` à \"Tls\"",
    en: "Set `backendHttpSettingsCollection[].protocol` to \"Https\" and `backendSettingsCollection[].protocol` to \"Tls\"",
  },
  types: ["azure-native:network:ApplicationGateway"],
  check(r) {
    const out: Violation[] = [];
    const scan = (coll: string, plain: string) => {
      const items = r.props[coll];
      if (isUnknown(items)) { out.push(unverified(coll)); return; }
      arr(items).forEach((s, i) => {
        const proto = get(s, "protocol");
        const label = `${coll}[${i}]${typeof get(s, "name") === "string" ? ` (${String(get(s, "name"))})` : ""}`;
        if (isUnknown(proto)) out.push(unverified(`${coll}[${i}].protocol`));
        else if (eqi(proto, plain)) out.push(violation(`${label} : \`protocol\` = ${plain}, saut en clair vers le backend`, `${label}: \`protocol\` = ${plain}, plaintext hop to the backend`));
      });
    };
    scan("backendHttpSettingsCollection", "Http");
    scan("backendSettingsCollection", "Tcp");
    return out;
  },
};
