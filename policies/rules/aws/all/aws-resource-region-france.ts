import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { isRegionlessAwsType } from "../lib/global-services";
import { classifyAwsRegion, resolveAwsRegion } from "../lib/region";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-resource-region-france",
  clauses: ["O-12.3.2"],
  severity: "low",
  basis: { kind: "clause", text: "en dehors du territoire national cela devra être précisé" },
  family: "A",
  scope: "saas",
  description: {
    fr: "Une ressource AWS hébergée dans l'UE hors de France doit faire l'objet d'une déclaration du pays d'hébergement",
    en: "An AWS resource hosted in the EU outside France requires the hosting country to be declared",
  },
  remediation: {
    fr: "Héberger en France (eu-west-3) ou préciser le pays d'hébergement dans la réponse au marché (O-12.3.2 « préciser »)",
    en: "Host in France (eu-west-3) or state the hosting country in the tender answer (O-12.3.2 \"specify\")",
  },
  unknownHandled: ["region"],
  types: ["aws:*"],
  check(r, ctx) {
    if (isRegionlessAwsType(r.type)) return [];
    const { region } = resolveAwsRegion(r);
    // Absent or unknown regions are reported by aws-resource-region-allowed.
    if (typeof region !== "string") return [];
    if (classifyAwsRegion(region, ctx.profile.regions.aws, ctx.profile.regions.awsEu) !== "eu") return [];
    return [violation(
      `région ${region} : dans l'UE mais hors de France, déclarer le pays d'hébergement`,
      `region ${region}: in the EU but outside France, declare the hosting country`)];
  },
};
