// Warnings every output of an evaluation shows: what makes a clean result weaker than it looks.
import type { Bilingual } from "../../policies/core/model";

export function programWarnings(programResources: number, approximated: string[]): Bilingual[] {
  const out: Bilingual[] = [];
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
