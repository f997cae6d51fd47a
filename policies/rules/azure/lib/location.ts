// Azure location resolution for resource rules (docs/checks.md §1.3): the resource's `location`,
// normalised, else the provider's `location`. The resource-group fallback needs the whole stack and
// is left to stack rules: azure-native fills an omitted location from the group, itself created
// from the provider's location, so the provider is the best resource-level evidence.
import type { ResourceView } from "../../../core/rule";
import type { Profile } from "../../../core/profile";
import { normaliseAzureLocation } from "../../../core/regions";
import { isUnknown, UNKNOWN, type Unknown } from "../../../core/unknown";

export interface ResolvedLocation {
  location: string | Unknown | undefined;
  source?: "resource" | "provider";
}

export function resolveAzureLocation(r: ResourceView): ResolvedLocation {
  const own = r.props.location;
  if (isUnknown(own)) return { location: UNKNOWN, source: "resource" };
  if (typeof own === "string" && own.trim()) return { location: normaliseAzureLocation(own), source: "resource" };
  const prov = r.provider?.props.location;
  if (isUnknown(prov)) return { location: UNKNOWN, source: "provider" };
  if (typeof prov === "string" && prov.trim()) return { location: normaliseAzureLocation(prov), source: "provider" };
  return { location: undefined };
}

export type LocationClass = "france" | "eu" | "outside";

/** Where a normalised location lies for O-12.3.2 (the profile's allowed list, then its EU list). */
export function classifyAzureLocation(loc: string, profile: Profile): LocationClass {
  if (profile.regions.azure.includes(loc)) return "france";
  if (profile.regions.azureEu.includes(loc)) return "eu";
  return "outside";
}

export function sourceFr(source: ResolvedLocation["source"]): string {
  return source === "provider" ? "location du provider" : "`location` de la ressource";
}

export function sourceEn(source: ResolvedLocation["source"]): string {
  return source === "provider" ? "the provider's location" : "the resource's `location`";
}
