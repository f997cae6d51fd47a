// Warnings every output of an evaluation shows: what makes a clean result weaker than it looks.
import type { Bilingual } from "../../policies/core/model";

export function programWarnings(programResources: number, approximated: string[], simulationFailure?: string): Bilingual[] {
  const out: Bilingual[] = [];
  if (simulationFailure !== undefined) {
    out.push({
      fr: `la simulation du déploiement s'est arrêtée (${simulationFailure}) : évaluation faite en première prévisualisation, les valeurs calculées restent inconnues`,
      en: `the deployment simulation stopped (${simulationFailure}): evaluated as a first preview instead, computed values stay unknown`,
    });
  }
  if (programResources <= 0) {
    out.push({ fr: "le programme n'a enregistré aucune ressource : rien n'a été vérifié", en: "the program registered no resource: nothing was checked" });
  }
  if (approximated.length) {
    out.push({
      fr: `sources de données sans réponse hors ligne (entrées renvoyées telles quelles) : ${approximated.join(", ")}`,
      en: `data sources with no offline answer (inputs echoed): ${approximated.join(", ")}`,
    });
  }
  return out;
}
