import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { MODEL_TYPES, modelReferences, modelScope } from "../lib/bedrock-models";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-bedrock-inference-in-region",
  clauses: ["O-12.3.2", "O-12.6.5"],
  severity: "high",
  basis: { kind: "clause", text: "Dans le cas d'hébergement hors communauté européenne les dispositions adaptées doivent être proposées par le titulaire et validées" },
  family: "I",
  scope: "ai",
  description: {
    fr: "Les modèles Bedrock ne sont pas invoqués par une inférence inter-régions hors de l'UE (profils global., us., apac.…)",
    en: "Bedrock models are not invoked through cross-region inference outside the EU (global., us., apac.… profiles)",
  },
  remediation: {
    fr: "Utiliser un modèle de la région (identifiant sans préfixe) ou au plus un profil eu., dans une région autorisée",
    en: "Use an in-region model (id without a prefix) or at most an eu. profile, in an allowed region",
  },
  types: MODEL_TYPES,
  check(r, ctx) {
    return modelReferences(r).flatMap(([path, ref]) => {
      const s = modelScope(ref, ctx.profile);
      return s.kind === "outside" ? [violation(`\`${path}\` = ${ref} : ${s.why.fr}`, `\`${path}\` = ${ref}: ${s.why.en}`)] : [];
    });
  },
};
