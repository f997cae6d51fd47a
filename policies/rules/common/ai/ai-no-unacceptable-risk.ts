import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { AI_ACT_RISK_TAG, AI_PREFIXES } from "./tokens";

export const rule: ResourceRule = {
  kind: "resource",
  name: "ai-no-unacceptable-risk",
  clauses: ["O-12.6.8"],
  severity: "critical",
  basis: { kind: "clause", text: "ne soit pas d'un niveau de risque" },
  family: "I",
  scope: "ai",
  description: {
    fr: "Aucun système d'IA à risque inacceptable au sens de l'AI Act (article 5) n'est déployé",
    en: "No AI system with an unacceptable risk under the AI Act (article 5) is deployed",
  },
  remediation: {
    fr: "Retirer le composant : les pratiques d'IA interdites par l'article 5 de l'AI Act ne peuvent pas être livrées",
    en: "Remove the component: AI practices prohibited by AI Act article 5 cannot be delivered",
  },
  types: AI_PREFIXES,
  check(r) {
    return r.tags[AI_ACT_RISK_TAG]?.trim().toLowerCase() === "unacceptable"
      ? [violation(`étiquette \`${AI_ACT_RISK_TAG}\` = unacceptable : pratique interdite (AI Act art. 5)`, `tag \`${AI_ACT_RISK_TAG}\` = unacceptable: prohibited practice (AI Act art. 5)`)]
      : [];
  },
};
