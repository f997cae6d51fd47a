import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { isUnknown, unverified } from "../../../core/unknown";
import { classification, isHealthData } from "../lib/health";
import { resolveAwsRegion } from "../lib/region";
import { AWS_STATEFUL_TYPES } from "../lib/stateful";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-hds-region-for-health-data",
  clauses: ["O-12.3.3"],
  severity: "critical",
  basis: { kind: "clause", text: "doit être certifié hébergeur de données de santé" },
  family: "A",
  scope: "saas",
  description: {
    fr: "Les données de santé sont stockées dans une région HDS retenue par l'établissement",
    en: "Health data is stored in an HDS region the hospital accepted",
  },
  remediation: {
    fr: "Placer la ressource dans une région de `regions.awsHds` (par défaut eu-west-3, Paris)",
    en: "Place the resource in a region of `regions.awsHds` (default eu-west-3, Paris)",
  },
  types: AWS_STATEFUL_TYPES,
  check(r, ctx) {
    if (!isHealthData(r, ctx)) return [];
    const tag = `${ctx.profile.tags.dataClassification}=${classification(r, ctx)}`;
    const { region } = resolveAwsRegion(r);
    // Unknown or absent region: hosting in an HDS region cannot be proven, which fails.
    if (isUnknown(region)) return [unverified("region")];
    if (region === undefined) {
      return [violation(`données de santé (${tag}) : région absente, hébergement HDS non prouvé`, `health data (${tag}): region missing, HDS hosting not proven`)];
    }
    if (ctx.profile.regions.awsHds.includes(region)) return [];
    return [violation(
      `données de santé (${tag}) en région ${region}, hors des régions HDS (${ctx.profile.regions.awsHds.join(", ")})`,
      `health data (${tag}) in region ${region}, outside the HDS regions (${ctx.profile.regions.awsHds.join(", ")})`)];
  },
};
