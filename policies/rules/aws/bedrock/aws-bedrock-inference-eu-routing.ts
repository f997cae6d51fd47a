import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { MODEL_TYPES, modelReferences, modelScope } from "../lib/bedrock-models";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-bedrock-inference-eu-routing",
  clauses: ["O-12.3.2", "O-12.6.5"],
  severity: "low",
  basis: { kind: "clause", text: "Dans le cas d'hébergement hors communauté européenne les dispositions adaptées doivent être proposées par le titulaire et validées" },
  family: "I",
  scope: "ai",
  description: {
    fr: "Un profil d'inférence eu. ou un modèle d'une autre région de l'UE peut traiter les données hors de France : à déclarer",
    en: "An eu. inference profile or a model in another EU region may process data outside France: to be declared",
  },
  remediation: {
    fr: "Préférer un modèle disponible en eu-west-3 ; sinon déclarer les pays de traitement (O-12.3.2)",
    en: "Prefer a model available in eu-west-3; otherwise declare the processing countries (O-12.3.2)",
  },
  types: MODEL_TYPES,
  check(r, ctx) {
    return modelReferences(r).flatMap(([path, ref]) => {
      const s = modelScope(ref, ctx.profile);
      return s.kind === "eu" ? [violation(`\`${path}\` = ${ref} : ${s.why.fr}`, `\`${path}\` = ${ref}: ${s.why.en}`)] : [];
    });
  },
};
