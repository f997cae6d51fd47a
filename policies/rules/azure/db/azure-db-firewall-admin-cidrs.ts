import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { DB_FIREWALL_TYPES, firewallRange } from "./firewall";

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-db-firewall-admin-cidrs",
  clauses: ["O-5.3"],
  severity: "high",
  basis: { kind: "clause", text: "filtrage IP pour les solutions en mode SaaS" },
  family: "D",
  scope: "core",
  description: {
    fr: "Les règles de pare-feu de base de données n'ouvrent que des plages d'administration déclarées",
    en: "Database firewall rules open only declared administration ranges",
  },
  remediation: {
    fr: "Limiter `startIpAddress`–`endIpAddress` à une plage de `adminCidrs` du profil",
    en: "Limit `startIpAddress`–`endIpAddress` to a range of the profile's `adminCidrs`",
  },
  types: DB_FIREWALL_TYPES,
  check(r, ctx) {
    const f = firewallRange(r.props, ctx.profile.adminCidrs);
    // Unknown, whole-internet and Azure-services ranges have their own rules.
    if (f.kind !== "range" || f.allowed) return [];
    return [violation(`plage ${f.start}–${f.end} hors de \`adminCidrs\``, `range ${f.start}–${f.end} outside \`adminCidrs\``)];
  },
};
