import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { bags, eqi, get } from "../../../core/props";
import { isUnknown, unverified } from "../../../core/unknown";
import { PLAIN_HTTP_PORTS, PUBLISHED_WEB_TLS } from "../../common/lib/published-web";

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-aci-public-http-only",
  clauses: ["O-8.1"],
  severity: "high",
  basis: PUBLISHED_WEB_TLS,
  family: "B",
  scope: "core",
  description: {
    fr: "Un groupe de conteneurs à IP publique qui expose un port HTTP expose aussi HTTPS (443) : pas de site web servi seulement en clair",
    en: "A container group with a public IP that exposes an HTTP port also exposes HTTPS (443): no website served in clear only",
  },
  remediation: {
    fr: "Servir le site en HTTPS (TLS 1.2+) sur le port 443, par le conteneur ou par une Application Gateway / Front Door devant un groupe à IP privée",
    en: "Serve the site over HTTPS (TLS 1.2+) on port 443, from the container or through an Application Gateway / Front Door in front of a private group",
  },
  types: ["azure-native:containerinstance:ContainerGroup"],
  check(r) {
    const ip = get(r.props, "ipAddress");
    if (ip === undefined) return [];
    if (isUnknown(ip) || isUnknown(get(ip, "type")) || isUnknown(get(ip, "ports"))) return [unverified("ipAddress")];
    if (!eqi(get(ip, "type"), "Public")) return [];
    const tcp = bags(get(ip, "ports")).filter((p) => p.protocol === undefined || eqi(p.protocol, "TCP")).map((p) => Number(p.port));
    const plain = tcp.filter((p) => PLAIN_HTTP_PORTS.includes(p));
    if (!plain.length || tcp.includes(443)) return [];
    return [violation(
      `\`ipAddress\` publique : port(s) ${plain.join(", ")} exposé(s) sans 443 : site web servi en clair`,
      `public \`ipAddress\`: port(s) ${plain.join(", ")} exposed without 443: website served in clear`,
    )];
  },
};
