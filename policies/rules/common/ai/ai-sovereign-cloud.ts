import type { ResourceRule, ResourceView } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { str } from "../../../core/props";
import { AI_COMPONENT_TYPES } from "./tokens";

/**
 * The cloud offer a resource runs on, as named in `sovereignClouds`: `aws`, `aws-eusc` (European
 * Sovereign Cloud regions), `azure`, or the azure-native provider's `environment` when not public.
 */
export function cloudOf(r: ResourceView): string {
  if (r.type.startsWith("aws:")) {
    const region = str(r.props.region) ?? str(r.provider?.props.region) ?? "";
    return region.startsWith("eusc-") ? "aws-eusc" : "aws";
  }
  const env = str(r.provider?.props.environment)?.toLowerCase();
  return env && env !== "public" ? env : "azure";
}

export const rule: ResourceRule = {
  kind: "resource",
  name: "ai-sovereign-cloud",
  clauses: ["O-12.6.5"],
  severity: "high",
  basis: { kind: "clause", text: "le candidat doit proposer un cloud souverain" },
  family: "A",
  scope: "ai",
  description: {
    fr: "Les composants d'IA sont hébergés sur une offre de cloud qualifiée SecNumCloud, sauf tolérance formelle de l'établissement",
    en: "AI components are hosted on a SecNumCloud-qualified cloud offer, unless the hospital formally tolerates otherwise",
  },
  remediation: {
    fr: "Héberger sur une offre listée dans `sovereignClouds`, ou faire consigner la tolérance de l'établissement dans `sovereignWaiver` (approbateur, date, périmètre)",
    en: "Host on an offer listed in `sovereignClouds`, or have the hospital's tolerance recorded in `sovereignWaiver` (approver, date, scope)",
  },
  types: AI_COMPONENT_TYPES,
  check(r, ctx) {
    const cloud = cloudOf(r);
    if (ctx.profile.sovereignClouds.some((c) => c.toLowerCase() === cloud)) return [];
    if (ctx.profile.sovereignWaiver) return [];
    return [violation(
      `composant d'IA sur « ${cloud} », offre non qualifiée SecNumCloud et absente de \`sovereignClouds\`, sans \`sovereignWaiver\``,
      `AI component on "${cloud}", an offer not SecNumCloud-qualified and not in \`sovereignClouds\`, without a \`sovereignWaiver\``)];
  },
};
