import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { DB_FIREWALL_TYPES, firewallRange } from "./firewall";

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-db-firewall-azure-services",
  clauses: ["O-5.3"],
  severity: "high",
  basis: { kind: "clause", text: "filtrage IP pour les solutions en mode SaaS" },
  family: "D",
  scope: "core",
  description: {
    fr: "Les serveurs de base de données n'autorisent pas « tous les services Azure » (0.0.0.0–0.0.0.0, ouvert à tous les clients Azure)",
    en: "Database servers do not allow \"all Azure services\" (0.0.0.0–0.0.0.0, open to every Azure customer)",
  },
  remediation: {
    fr: "Supprimer la règle 0.0.0.0–0.0.0.0 et utiliser un point de terminaison privé ou une règle de réseau virtuel",
    en: "Remove the 0.0.0.0–0.0.0.0 rule and use a private endpoint or a virtual network rule",
  },
  unknownHandled: ["startIpAddress", "endIpAddress"],
  types: DB_FIREWALL_TYPES,
  check(r, ctx) {
    // Unknown bounds are reported by azure-sql-pg-mysql-firewall.
    if (firewallRange(r.props, ctx.profile.adminCidrs).kind !== "azure-services") return [];
    return [violation("plage 0.0.0.0–0.0.0.0 (AllowAllWindowsAzureIps) : ouvert à tout le trafic issu d'Azure, tous clients confondus", "range 0.0.0.0–0.0.0.0 (AllowAllWindowsAzureIps): open to all traffic from Azure, every customer included")];
  },
};
