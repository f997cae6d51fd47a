import type { ResourceRule, Violation } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { bool, get } from "../../../core/props";
import { isUnknown, unverified } from "../../../core/unknown";
import { shown } from "../lib/messages";

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-cognitive-account-isolation",
  clauses: ["O-12.6.4"],
  severity: "medium",
  basis: { kind: "practice" },
  family: "I",
  scope: "ai",
  description: {
    fr: "Les comptes Cognitive Services ont un sous-domaine dédié (Entra ID, point de terminaison privé) et restreignent leurs sorties réseau",
    en: "Cognitive Services accounts have a dedicated subdomain (Entra ID, private endpoint) and restrict their outbound traffic",
  },
  remediation: {
    fr: "Fixer `properties.customSubDomainName` et `properties.restrictOutboundNetworkAccess: true` avec `properties.allowedFqdnList` (l'authentification locale relève de azure-disable-local-auth)",
    en: "Set `properties.customSubDomainName` and `properties.restrictOutboundNetworkAccess: true` with `properties.allowedFqdnList` (local auth is covered by azure-disable-local-auth)",
  },
  unknownHandled: ["properties.customSubDomainName"],
  types: ["azure-native:cognitiveservices:Account"],
  check(r) {
    const out: Violation[] = [];
    const sub = get(r.props, "properties.customSubDomainName");
    // Unknown: a computed name is still a dedicated subdomain.
    if (!isUnknown(sub) && !(typeof sub === "string" && sub.trim())) {
      out.push(violation("`properties.customSubDomainName` absent : ni authentification Entra ID ni point de terminaison privé possibles", "`properties.customSubDomainName` absent: neither Entra ID authentication nor a private endpoint is possible"));
    }
    const egress = get(r.props, "properties.restrictOutboundNetworkAccess");
    if (isUnknown(egress)) out.push(unverified("properties.restrictOutboundNetworkAccess"));
    else if (bool(egress) !== true) out.push(violation(`\`properties.restrictOutboundNetworkAccess\` = ${shown(egress)} : sorties réseau non restreintes`, `\`properties.restrictOutboundNetworkAccess\` = ${shown(egress)}: outbound traffic not restricted`));
    return out;
  },
};
