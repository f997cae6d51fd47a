// T2-D1 — O-12.5.12: a NIR with a valid key in the repository is real-looking personal data.
import { defineDetector } from "./lib/define";
import { LineIndex } from "./lib/lines";
import { findNirs } from "./lib/nir";
import { inNodeModules, isLockfile, isTestPath } from "./lib/paths";

export const testdataNir = defineDetector(
  {
    name: "testdata-nir",
    row: "T2-D1",
    clauses: ["O-12.5.12"],
    severity: "critical",
    basis: { kind: "clause", text: "anonymisation ou de pseudonymisation des données de production … rendre peu probable, au mieux impossible, l'identification des personnes" },
    description: {
      fr: "Aucun NIR à clé valide (numéro de sécurité sociale d'apparence réelle) dans le dépôt, données de test comprises.",
      en: "No key-valid NIR (real-looking French social security number) in the repository, test data included.",
    },
    remediation: {
      fr: "Remplacer par des données synthétiques dont la clé est volontairement invalide, ou anonymiser les données de production (O-12.5.12).",
      en: "Replace with synthetic values whose key is deliberately invalid, or anonymise the production data (O-12.5.12).",
    },
  },
  (path) => !isLockfile(path) && !inNodeModules(path),
  (file) => {
    const idx = new LineIndex(file.text);
    const inTests = isTestPath(file.path);
    return findNirs(file.text).filter((m) => m.keyValid).map((m) => ({
      line: idx.lineAt(m.index),
      secret: m.value,
      severity: inTests ? "high" : "critical",
      message: inTests
        ? { fr: "NIR à clé valide dans des données de test (donnée d'apparence réelle)", en: "key-valid NIR in test data (real-looking value)" }
        : { fr: "NIR à clé valide hors des dossiers de test", en: "key-valid NIR outside test folders" },
    }));
  },
);
