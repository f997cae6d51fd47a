import { unverified } from "../../../core/unknown";
import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { AZURE_STATEFUL_TYPES, classification } from "../lib/health";

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-health-data-classification-tag",
  clauses: ["O-12.3.3"],
  severity: "medium",
  basis: { kind: "practice" },
  family: "A",
  scope: "saas",
  description: {
    fr: "Chaque ressource Azure stockant des données porte l'étiquette de classification (pour décider si l'hébergement HDS s'applique)",
    en: "Every Azure resource storing data carries the classification tag (to decide whether HDS hosting applies)",
  },
  remediation: {
    fr: "Ajouter l'étiquette de classification du profil (par défaut `data-classification`), par ex. `health` pour des données de santé",
    en: "Add the profile's classification tag (default `data-classification`), e.g. `health` for health data",
  },
  types: AZURE_STATEFUL_TYPES,
  check(r, ctx) {
    const key = ctx.profile.tags.dataClassification;
    const c = classification(r, ctx);
    if (c.state === "absent") {
      return [violation(`étiquette \`${key}\` absente : impossible de savoir si l'hébergement HDS s'applique`, `tag \`${key}\` missing: whether HDS hosting applies cannot be decided`)];
    }
    if (c.state === "unknown") {
      return [unverified(`tags.${key}`)];
    }
    return [];
  },
};
