// AWS region resolution (docs/checks.md §1.2): the resource's own `region` input (aws v7), then
// the provider's region (explicit provider or the default one fed by `aws:region`).
import { isUnknown, UNKNOWN, type Unknown } from "../../../core/unknown";
import type { ResourceView } from "../../../core/rule";

export type RegionSource = "resource" | "provider";

export interface ResolvedRegion {
  region: string | Unknown | undefined;
  source?: RegionSource;
}

export function resolveAwsRegion(r: ResourceView): ResolvedRegion {
  const own = r.props.region;
  if (typeof own === "string" && own) return { region: own, source: "resource" };
  const prov = r.provider?.props.region;
  if (typeof prov === "string" && prov) {
    // An unknown per-resource region cannot be decided from the provider: say so.
    return isUnknown(own) ? { region: UNKNOWN, source: "resource" } : { region: prov, source: "provider" };
  }
  if (isUnknown(own) || isUnknown(prov)) return { region: UNKNOWN };
  return { region: undefined };
}

export type RegionClass = "france" | "eu" | "non-eu";

export function classifyAwsRegion(region: string, allowed: string[], eu: string[]): RegionClass {
  if (allowed.includes(region)) return "france";
  if (eu.includes(region)) return "eu";
  return "non-eu";
}
