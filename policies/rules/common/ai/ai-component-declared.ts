import type { ResourceRule } from "../../../core/rule";
import { violation, type Violation } from "../../../core/rule";
import { AI_ACT_ALLOWED_RISKS, AI_ACT_RISK_TAG, AI_COMPONENT_TYPES } from "./tokens";

export const rule: ResourceRule = {
  kind: "resource",
  name: "ai-component-declared",
  clauses: ["O-12.6.1", "O-12.6.2"],
  severity: "high",
  basis: { kind: "clause", text: "il doit informer l'ETABLISSEMENT DE SANTÉ de l'utilisation d'une IA, la documenter" },
  family: "I",
  scope: "ai",
  description: {
    fr: "Tout composant d'IA porte la référence de sa déclaration (O-12.6.1) et sa classe de risque AI Act",
    en: "Every AI component carries the reference of its declaration (O-12.6.1) and its AI Act risk class",
  },
  remediation: {
    fr: `Étiqueter la ressource avec la clé de déclaration du profil (par défaut \`ai-declaration\`, valeur = référence de la déclaration) et \`${AI_ACT_RISK_TAG}\` ∈ {${AI_ACT_ALLOWED_RISKS.join(", ")}}`,
    en: `Tag the resource with the profile's declaration key (default \`ai-declaration\`, value = the declaration's reference) and \`${AI_ACT_RISK_TAG}\` ∈ {${AI_ACT_ALLOWED_RISKS.join(", ")}}`,
  },
  types: AI_COMPONENT_TYPES,
  check(r, ctx) {
    const out: Violation[] = [];
    const key = ctx.profile.tags.aiDeclaration;
    if (!r.tags[key]?.trim()) out.push(violation(`étiquette \`${key}\` absente ou vide : composant d'IA non déclaré`, `tag \`${key}\` is missing or empty: AI component not declared`));
    const risk = r.tags[AI_ACT_RISK_TAG]?.trim().toLowerCase();
    // "unacceptable" is ai-no-unacceptable-risk's (critical) finding.
    if (risk !== "unacceptable" && !AI_ACT_ALLOWED_RISKS.includes(risk ?? "")) {
      out.push(violation(`étiquette \`${AI_ACT_RISK_TAG}\` = ${risk || "absente"} : attendu ${AI_ACT_ALLOWED_RISKS.join(" | ")}`, `tag \`${AI_ACT_RISK_TAG}\` = ${risk || "missing"}: expected ${AI_ACT_ALLOWED_RISKS.join(" | ")}`));
    }
    return out;
  },
};
