import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { isUnknown, unverified } from "../../../core/unknown";
import { AZURE_STATEFUL_TYPES, classification } from "../lib/health";
import { resolveAzureLocation, sourceEn, sourceFr } from "../lib/location";

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-hds-region-for-health-data",
  clauses: ["O-12.3.3"],
  severity: "critical",
  basis: { kind: "clause", text: "doit être certifié hébergeur de données de santé" },
  family: "A",
  scope: "saas",
  description: {
    fr: "Les données de santé sont stockées dans une région Azure couverte par la certification HDS retenue par l'établissement",
    en: "Health data is stored in an Azure region covered by the HDS certification the hospital relies on",
  },
  remediation: {
    fr: "Déployer les ressources étiquetées données de santé dans une région de `regions.azureHds` (par défaut francecentral, francesouth)",
    en: "Deploy resources tagged as health data in a region of `regions.azureHds` (default francecentral, francesouth)",
  },
  types: AZURE_STATEFUL_TYPES,
  check(r, ctx) {
    const c = classification(r, ctx);
    // Missing or unknown classification is reported by azure-health-data-classification-tag.
    if (c.state !== "set" || !c.health) return [];
    const { location, source } = resolveAzureLocation(r);
    if (isUnknown(location)) return [unverified("location")];
    if (location === undefined) {
      return [violation(
        `ressource de santé (${ctx.profile.tags.dataClassification}=${c.value}) dont la location est absente : l'hébergement HDS ne peut être prouvé`,
        `health-data resource (${ctx.profile.tags.dataClassification}=${c.value}) without a location: HDS hosting cannot be proven`)];
    }
    if (ctx.profile.regions.azureHds.includes(location)) return [];
    return [violation(
      `ressource de santé (${ctx.profile.tags.dataClassification}=${c.value}) en ${location} (${sourceFr(source)}), hors des régions HDS ${ctx.profile.regions.azureHds.join(", ")}`,
      `health-data resource (${ctx.profile.tags.dataClassification}=${c.value}) in ${location} (${sourceEn(source)}), outside the HDS regions ${ctx.profile.regions.azureHds.join(", ")}`)];
  },
};
