import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { isUnknown } from "../../../core/unknown";
import { AZURE_LOCATED_TYPES } from "../lib/located-types";
import { classifyAzureLocation, resolveAzureLocation, sourceEn, sourceFr } from "../lib/location";

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-location-france",
  clauses: ["O-12.3.2"],
  severity: "low",
  basis: { kind: "clause", text: "en dehors du territoire national cela devra être précisé" },
  family: "A",
  scope: "saas",
  description: {
    fr: "Une ressource Azure hébergée dans l'UE hors de France doit être déclarée (pays d'hébergement à préciser au contrat)",
    en: "An Azure resource hosted in the EU outside France must be declared (hosting country to state in the contract)",
  },
  remediation: {
    fr: "Préférer francecentral/francesouth, ou déclarer le pays d'hébergement à l'établissement (O-12.3.2 « préciser »)",
    en: "Prefer francecentral/francesouth, or declare the hosting country to the hospital (O-12.3.2 \"préciser\")",
  },
  unknownHandled: ["location"],
  types: ["azure-native:*"],
  check(r, ctx) {
    if (!AZURE_LOCATED_TYPES.has(r.type) && r.props.location === undefined) return [];
    const { location, source } = resolveAzureLocation(r);
    // Unknown or missing locations are reported by azure-location-allowed.
    if (location === undefined || isUnknown(location)) return [];
    if (classifyAzureLocation(location, ctx.profile) !== "eu") return [];
    return [violation(
      `location ${location} (${sourceFr(source)}) dans l'UE mais hors de France : pays d'hébergement à déclarer`,
      `location ${location} (${sourceEn(source)}) is in the EU but outside France: the hosting country must be declared`)];
  },
};
