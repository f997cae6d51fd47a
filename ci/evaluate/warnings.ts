// Warnings every output of an evaluation shows: what makes a clean result weaker than it looks.
export type EvaluationView = "simulation" | "preview";

export function programWarnings(programResources: number, approximated: string[]): string[] {
  const out: string[] = [];
  if (programResources <= 0) {
    out.push("le programme n'a enregistré aucune ressource : rien n'a été vérifié — EN: the program registered no resource: nothing was checked");
  }
  if (approximated.length) {
    out.push(`sources de données sans réponse hors ligne (entrées renvoyées telles quelles) : ${approximated.join(", ")} — EN: data sources with no offline answer (inputs echoed): ${approximated.join(", ")}`);
  }
  return out;
}
