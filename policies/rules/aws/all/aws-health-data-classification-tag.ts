import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { classification } from "../lib/health";
import { AWS_STATEFUL_TYPES } from "../lib/stateful";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-health-data-classification-tag",
  clauses: ["O-12.3.3"],
  severity: "medium",
  basis: { kind: "practice" },
  family: "A",
  scope: "saas",
  description: {
    fr: "Toute ressource AWS qui stocke des données porte l'étiquette de classification (pour savoir si HDS s'applique)",
    en: "Every AWS resource that stores data carries the classification tag (to know whether HDS applies)",
  },
  remediation: {
    fr: "Ajouter l'étiquette de classification du profil (par défaut `data-classification`), sur la ressource ou dans `defaultTags` du provider",
    en: "Add the profile's classification tag (default `data-classification`), on the resource or in the provider's `defaultTags`",
  },
  types: AWS_STATEFUL_TYPES,
  check(r, ctx) {
    if (classification(r, ctx) !== undefined) return [];
    const key = ctx.profile.tags.dataClassification;
    return [violation(`étiquette \`${key}\` absente : impossible de savoir si la ressource contient des données de santé`, `tag \`${key}\` is missing: cannot tell whether the resource holds health data`)];
  },
};
