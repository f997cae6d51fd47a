import type { ResourceRule, Violation } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { eqi, get } from "../../../core/props";
import { isUnknown, unverified } from "../../../core/unknown";
import { keyRefViolations } from "../lib/cmk";
import { shown } from "../lib/messages";

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-pg-mysql-cmk",
  clauses: ["O-8.4"],
  severity: "high",
  basis: { kind: "clause", text: "établir la responsabilité de la gestion des clés de chiffrement" },
  family: "C",
  scope: "core",
  description: {
    fr: "Les serveurs PostgreSQL/MySQL flexibles sont chiffrés avec une clé gérée par le client (y compris les sauvegardes géo-redondantes)",
    en: "PostgreSQL/MySQL flexible servers are encrypted with a customer-managed key (geo-redundant backups included)",
  },
  remediation: {
    fr: "Fixer `dataEncryption.type: \"AzureKeyVault\"`, `dataEncryption.primaryKeyURI` (et `geoBackupKeyURI` si la sauvegarde géo-redondante est active) vers un coffre autorisé",
    en: "Set `dataEncryption.type: \"AzureKeyVault\"`, `dataEncryption.primaryKeyURI` (and `geoBackupKeyURI` when geo-redundant backup is on) to an allowed vault",
  },
  // An unknown geo-redundancy is judged as on: the geo key is required either way.
  unknownHandled: ["backup.geoRedundantBackup"],
  types: ["azure-native:dbforpostgresql:Server", "azure-native:dbformysql:Server"],
  check(r, ctx) {
    const type = get(r.props, "dataEncryption.type");
    if (isUnknown(type)) return [unverified("dataEncryption.type")];
    if (!eqi(type, "AzureKeyVault")) {
      return [violation(`\`dataEncryption.type\` = ${shown(type)} : clé gérée par le service, pas une CMK`, `\`dataEncryption.type\` = ${shown(type)}: service-managed key, not a CMK`)];
    }
    const out: Violation[] = keyRefViolations("dataEncryption.primaryKeyURI", get(r.props, "dataEncryption.primaryKeyURI"), ctx.profile);
    const geo = get(r.props, "backup.geoRedundantBackup");
    // Unknown geo-backup state: the geo key is required in case it turns out enabled.
    if (eqi(geo, "Enabled") || isUnknown(geo)) out.push(...keyRefViolations("dataEncryption.geoBackupKeyURI", get(r.props, "dataEncryption.geoBackupKeyURI"), ctx.profile));
    return out;
  },
};
