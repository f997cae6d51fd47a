import type { ResourceRule, Violation } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { arr, bags, get } from "../../../core/props";
import { normaliseAzureLocation } from "../../../core/regions";
import { isUnknown, unverified } from "../../../core/unknown";
import { classifyAzureLocation } from "../lib/location";

/** Every secondary location a resource declares, with its property path. */
function secondaryLocations(type: string, props: Record<string, unknown>): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  const each = (path: string, items: unknown, field?: string) => {
    if (isUnknown(items)) { out.push([path, items]); return; }
    arr(items).forEach((x, i) => out.push([`${path}[${i}]${field ? "." + field : ""}`, field ? get(x, field) : x]));
  };
  if (type === "azure-native:cosmosdb:DatabaseAccount") each("locations", props.locations, "locationName");
  if (type === "azure-native:apimanagement:ApiManagementService") each("additionalLocations", props.additionalLocations, "location");
  if (type === "azure-native:dataprotection:BackupVault") each("properties.replicatedRegions", get(props, "properties.replicatedRegions"));
  if (type === "azure-native:cognitiveservices:Account") {
    const regions = get(props, "properties.locations.regions");
    if (isUnknown(regions)) out.push(["properties.locations.regions", regions]);
    else bags(regions).forEach((x, i) => out.push([`properties.locations.regions[${i}].name`, x.name]));
  }
  return out;
}

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-multi-location-allowed",
  clauses: ["O-12.3.2"],
  severity: "high",
  basis: { kind: "clause", text: "Dans le cas d'hébergement hors communauté européenne les dispositions adaptées doivent être proposées par le titulaire et validées" },
  family: "A",
  scope: "saas",
  description: {
    fr: "Les régions secondaires (réplicas Cosmos DB, régions APIM, réplication des coffres de sauvegarde, régions Cognitive Services) sont en France ou dans l'UE",
    en: "Secondary regions (Cosmos DB replicas, APIM locations, backup vault replication, Cognitive Services regions) are in France or the EU",
  },
  remediation: {
    fr: "Retirer les régions hors France/UE des listes `locations`, `additionalLocations`, `replicatedRegions` ou `properties.locations`",
    en: "Remove regions outside France/EU from `locations`, `additionalLocations`, `replicatedRegions` or `properties.locations`",
  },
  types: [
    "azure-native:cosmosdb:DatabaseAccount", "azure-native:apimanagement:ApiManagementService",
    "azure-native:dataprotection:BackupVault", "azure-native:cognitiveservices:Account",
  ],
  check(r, ctx) {
    const out: Violation[] = [];
    for (const [path, v] of secondaryLocations(r.type, r.props)) {
      if (isUnknown(v)) { out.push(unverified(path)); continue; }
      if (typeof v !== "string" || !v.trim()) continue;
      const loc = normaliseAzureLocation(v);
      if (classifyAzureLocation(loc, ctx.profile) === "outside") {
        out.push(violation(`\`${path}\` = ${loc} : région hors de France et de l'UE`, `\`${path}\` = ${loc}: region outside France and the EU`));
      }
    }
    return out;
  },
};
