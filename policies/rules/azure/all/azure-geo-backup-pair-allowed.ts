import type { ResourceRule, Violation } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { bags, eqi, get } from "../../../core/props";
import { AZURE_PAIRS } from "../../../core/regions";
import { isUnknown, unverified } from "../../../core/unknown";
import { classifyAzureLocation, resolveAzureLocation } from "../lib/location";

type Geo = { geo: true; why: string } | { geo: false } | { geo: "unknown"; path: string };

const GEO_STORAGE_SKU = /(^|_)(RA)?GZ?RS$/i;

/** Whether the resource copies its data to the paired region, and which property says so. */
function geoReplication(type: string, props: Record<string, unknown>): Geo {
  switch (type) {
    case "azure-native:dbforpostgresql:Server":
    case "azure-native:dbformysql:Server": {
      const v = get(props, "backup.geoRedundantBackup");
      if (isUnknown(v)) return { geo: "unknown", path: "backup.geoRedundantBackup" };
      return eqi(v, "Enabled") ? { geo: true, why: "backup.geoRedundantBackup = Enabled" } : { geo: false };
    }
    case "azure-native:storage:StorageAccount": {
      const v = get(props, "sku.name");
      if (isUnknown(v)) return { geo: "unknown", path: "sku.name" };
      return typeof v === "string" && GEO_STORAGE_SKU.test(v) ? { geo: true, why: `sku.name = ${v}` } : { geo: false };
    }
    case "azure-native:recoveryservices:Vault": {
      const v = get(props, "properties.redundancySettings.standardTierStorageRedundancy");
      if (isUnknown(v)) return { geo: "unknown", path: "properties.redundancySettings.standardTierStorageRedundancy" };
      // Recovery Services vaults are geo-redundant unless told otherwise (API default GeoRedundant).
      if (v === undefined) return { geo: true, why: "properties.redundancySettings.standardTierStorageRedundancy absent (GeoRedundant par défaut / by default)" };
      return eqi(v, "GeoRedundant") ? { geo: true, why: "properties.redundancySettings.standardTierStorageRedundancy = GeoRedundant" } : { geo: false };
    }
    case "azure-native:dataprotection:BackupVault": {
      const s = get(props, "properties.storageSettings");
      if (isUnknown(s)) return { geo: "unknown", path: "properties.storageSettings" };
      const items = bags(s);
      if (items.some((x) => isUnknown(x.type))) return { geo: "unknown", path: "properties.storageSettings[].type" };
      return items.some((x) => eqi(x.type, "GeoRedundant")) ? { geo: true, why: "properties.storageSettings[].type = GeoRedundant" } : { geo: false };
    }
  }
  return { geo: false };
}

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-geo-backup-pair-allowed",
  clauses: ["O-12.3.2"],
  severity: "medium",
  basis: { kind: "clause", text: "Dans le cas d'hébergement hors communauté européenne les dispositions adaptées doivent être proposées par le titulaire et validées" },
  family: "A",
  scope: "saas",
  description: {
    fr: "Les copies géo-redondantes (GRS, sauvegardes géo-redondantes) atterrissent dans une région appairée en France ou dans l'UE",
    en: "Geo-redundant copies (GRS, geo-redundant backups) land in a paired region in France or the EU",
  },
  remediation: {
    fr: "Héberger la ressource dans une région dont la paire est autorisée (francecentral↔francesouth) ou passer en redondance locale/zonale (LRS/ZRS, LocallyRedundant)",
    en: "Host the resource in a region whose pair is allowed (francecentral↔francesouth) or switch to local/zonal redundancy (LRS/ZRS, LocallyRedundant)",
  },
  types: [
    "azure-native:dbforpostgresql:Server", "azure-native:dbformysql:Server", "azure-native:storage:StorageAccount",
    "azure-native:recoveryservices:Vault", "azure-native:dataprotection:BackupVault",
  ],
  check(r, ctx) {
    const g = geoReplication(r.type, r.props);
    if (g.geo === false) return [];
    if (g.geo === "unknown") return [unverified(g.path)];
    const { location } = resolveAzureLocation(r);
    if (isUnknown(location)) return [unverified("location")];
    if (location === undefined) {
      return [violation(
        `géo-redondance active (${g.why}) mais location absente : la région appairée ne peut être vérifiée`,
        `geo-redundancy on (${g.why}) but no location: the paired region cannot be verified`)];
    }
    const pair = AZURE_PAIRS[location];
    const out: Violation[] = [];
    if (pair === undefined) {
      out.push(violation(
        `géo-redondance active (${g.why}) en ${location}, région sans paire connue : la destination des copies ne peut être prouvée`,
        `geo-redundancy on (${g.why}) in ${location}, a region with no known pair: where the copies land cannot be proven`));
    } else if (classifyAzureLocation(pair, ctx.profile) === "outside") {
      out.push(violation(
        `géo-redondance active (${g.why}) : les copies de ${location} partent vers la région appairée ${pair}, hors de France et de l'UE`,
        `geo-redundancy on (${g.why}): copies from ${location} go to the paired region ${pair}, outside France and the EU`));
    }
    return out;
  },
};
