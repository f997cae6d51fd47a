import { unverified } from "../../../core/unknown";
import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { DB_FIREWALL_TYPES, firewallRange } from "./firewall";

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-sql-pg-mysql-firewall",
  clauses: ["O-5.3"],
  severity: "critical",
  basis: { kind: "clause", text: "filtrage IP pour les solutions en mode SaaS" },
  family: "D",
  scope: "core",
  description: {
    fr: "Aucune règle de pare-feu de base de données (SQL, PostgreSQL, MySQL) n'ouvre le serveur à tout Internet",
    en: "No database firewall rule (SQL, PostgreSQL, MySQL) opens the server to the whole internet",
  },
  remediation: {
    fr: "Supprimer la règle 0.0.0.0–255.255.255.255 ; n'ouvrir que les plages d'administration (`adminCidrs`) ou passer par un point de terminaison privé",
    en: "Remove the 0.0.0.0–255.255.255.255 rule; open only the administration ranges (`adminCidrs`) or use a private endpoint",
  },
  types: DB_FIREWALL_TYPES,
  check(r, ctx) {
    const f = firewallRange(r.props, ctx.profile.adminCidrs);
    // Unknown bounds could be the full range: a mandatory rule does not pass them silently.
    if (f.kind === "unknown") return [unverified("startIpAddress/endIpAddress")];
    if (f.kind !== "internet") return [];
    return [violation(`plage ${f.start}–${f.end} : serveur de base de données ouvert à tout Internet`, `range ${f.start}–${f.end}: database server open to the whole internet`)];
  },
};
