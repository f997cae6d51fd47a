import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { isUnknown, unverified } from "../../../core/unknown";
import { classifyAwsRegion, resolveAwsRegion } from "../lib/region";
import { isRegionlessAwsType, isUsEast1ControlPlane } from "../lib/global-services";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-resource-region-allowed",
  clauses: ["O-12.3.2"],
  severity: "high",
  basis: { kind: "clause", text: "Dans le cas d'hébergement hors communauté européenne les dispositions adaptées doivent être proposées par le titulaire et validées" },
  family: "A",
  scope: "saas",
  description: {
    fr: "Toute ressource AWS est hébergée en France ou, à défaut, dans l'Union européenne",
    en: "Every AWS resource is hosted in France or, failing that, in the European Union",
  },
  remediation: {
    fr: "Fixer `region` (ressource ou provider, config `aws:region`) sur une région autorisée par le profil, par ex. eu-west-3 (Paris)",
    en: "Set `region` (on the resource or its provider, config `aws:region`) to a region the profile allows, e.g. eu-west-3 (Paris)",
  },
  types: ["aws:*"],
  check(r, ctx) {
    if (isRegionlessAwsType(r.type)) return [];
    const { region, source } = resolveAwsRegion(r);
    if (region === undefined) {
      return [violation(
        "aucune région AWS déterminable (ni `region` sur la ressource, ni région du provider) : l'hébergement en France/UE ne peut être prouvé",
        "no AWS region can be determined (no `region` on the resource nor on its provider): hosting in France/EU cannot be proven")];
    }
    if (isUnknown(region)) return [unverified("region")];
    const { aws, awsEu } = ctx.profile.regions;
    if (classifyAwsRegion(region, aws, awsEu) !== "non-eu") return [];
    if (region === "us-east-1" && isUsEast1ControlPlane(r.type, r.props)) {
      // Reported, never blocking: the global service requires this region (lib/global-services.ts).
      return [{
        ...violation(
          "région us-east-1 imposée par CloudFront pour cet objet de configuration (certificat ACM, ACL WAF) : il ne contient pas de données de santé",
          "region us-east-1, which CloudFront requires for this configuration object (ACM certificate, WAF ACL): it holds no health data"),
        basis: { kind: "practice" },
      }];
    }
    const where = source === "resource" ? "`region` de la ressource" : "région du provider";
    const whereEn = source === "resource" ? "the resource's `region`" : "the provider's region";
    return [violation(
      `région ${region} (${where}) hors de France et de l'UE`,
      `region ${region} (${whereEn}) is outside France and the EU`)];
  },
};
