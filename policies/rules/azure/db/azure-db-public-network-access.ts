import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { eqi, get } from "../../../core/props";
import { shown } from "../lib/messages";

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-db-public-network-access",
  clauses: ["O-5.3"],
  severity: "low",
  basis: { kind: "practice" },
  family: "D",
  scope: "core",
  description: {
    fr: "Les serveurs de base de données ont un accès réseau public : leurs règles de pare-feu sont alors la seule barrière",
    en: "Database servers have public network access: their firewall rules are then the only barrier",
  },
  remediation: {
    fr: "Préférer `publicNetworkAccess: \"Disabled\"` (SQL) / `network.publicNetworkAccess: \"Disabled\"` (PostgreSQL, MySQL) avec un point de terminaison privé ou un sous-réseau délégué",
    en: "Prefer `publicNetworkAccess: \"Disabled\"` (SQL) / `network.publicNetworkAccess: \"Disabled\"` (PostgreSQL, MySQL) with a private endpoint or a delegated subnet",
  },
  types: ["azure-native:sql:Server", "azure-native:dbforpostgresql:Server", "azure-native:dbformysql:Server"],
  check(r) {
    const path = r.type === "azure-native:sql:Server" ? "publicNetworkAccess" : "network.publicNetworkAccess";
    const v = get(r.props, path);
    // Advisory; a delegated subnet (VNet integration) has no public endpoint at all.
    if (eqi(v, "Disabled") || typeof get(r.props, "network.delegatedSubnetResourceId") === "string") return [];
    return [violation(`\`${path}\` = ${shown(v)} : point de terminaison public (Enabled par défaut), filtré par les seules règles de pare-feu`, `\`${path}\` = ${shown(v)}: public endpoint (Enabled by default), filtered by firewall rules only`)];
  },
};
