import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { AZURE_GLOBAL_TYPES } from "../../../core/regions";
import { isUnknown, unverified } from "../../../core/unknown";
import { AZURE_LOCATED_TYPES } from "../lib/located-types";
import { classifyAzureLocation, resolveAzureLocation, sourceEn, sourceFr } from "../lib/location";

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-location-allowed",
  clauses: ["O-12.3.2"],
  severity: "high",
  basis: { kind: "clause", text: "Dans le cas d'hébergement hors communauté européenne les dispositions adaptées doivent être proposées par le titulaire et validées" },
  family: "A",
  scope: "saas",
  description: {
    fr: "Toute ressource Azure localisée est hébergée en France ou, à défaut, dans l'Union européenne",
    en: "Every located Azure resource is hosted in France or, failing that, in the European Union",
  },
  remediation: {
    fr: "Fixer `location` (ressource, groupe de ressources ou provider `azure-native:location`) sur une région autorisée par le profil, par ex. francecentral",
    en: "Set `location` (resource, resource group or provider `azure-native:location`) to a region the profile allows, e.g. francecentral",
  },
  types: ["azure-native:*"],
  check(r, ctx) {
    // Sub-resources without a `location` input live where their parent lives: the parent is checked.
    if (!AZURE_LOCATED_TYPES.has(r.type) && r.props.location === undefined) return [];
    const { location, source } = resolveAzureLocation(r);
    if (location === undefined) {
      return [violation(
        "aucune location Azure déterminable (ni `location` sur la ressource, ni location du provider) : l'hébergement en France/UE ne peut être prouvé",
        "no Azure location can be determined (no `location` on the resource nor on its provider): hosting in France/EU cannot be proven")];
    }
    if (isUnknown(location)) return [unverified(source === "provider" ? "provider.location" : "location")];
    if (location === "global") {
      if (AZURE_GLOBAL_TYPES.includes(r.type)) return [];
      return [violation(
        `location "global" (${sourceFr(source)}) refusée : ${r.type} n'est pas un service intrinsèquement global`,
        `location "global" (${sourceEn(source)}) refused: ${r.type} is not an intrinsically global service`)];
    }
    if (classifyAzureLocation(location, ctx.profile) !== "outside") return [];
    return [violation(
      `location ${location} (${sourceFr(source)}) hors de France et de l'UE`,
      `location ${location} (${sourceEn(source)}) is outside France and the EU`)];
  },
};
