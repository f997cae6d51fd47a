// T2-D2 — O-12.5.12: production INS OIDs (INS-NIR …1.4.8, INS-NIA …1.4.9) with a NIR-shaped value.
import { findIns } from "./lib/ins";
import { defineDetector } from "./lib/define";
import { LineIndex } from "./lib/lines";
import { inNodeModules, isLockfile } from "./lib/paths";

export const testdataIns = defineDetector(
  {
    name: "testdata-ins",
    row: "T2-D2",
    clauses: ["O-12.5.12"],
    severity: "critical",
    basis: { kind: "clause", text: "anonymisation ou de pseudonymisation des données de production … rendre peu probable, au mieux impossible, l'identification des personnes" },
    description: {
      fr: "Pas d'INS qualifié (OID de production 1.2.250.1.213.1.4.8 / .9) dans le dépôt : les jeux de test utilisent les OID de test.",
      en: "No qualified INS (production OID 1.2.250.1.213.1.4.8 / .9) in the repository: test data uses the test OIDs.",
    },
    remediation: {
      fr: "Utiliser les OID de test de l'ANS (…1.4.10 / …1.4.11) et des matricules synthétiques.",
      en: "Use the ANS test OIDs (…1.4.10 / …1.4.11) and synthetic identifiers.",
    },
  },
  (path) => !isLockfile(path) && !inNodeModules(path),
  (file) => {
    const idx = new LineIndex(file.text);
    return findIns(file.text).map((m) => ({
      line: idx.lineAt(m.index),
      secret: m.value,
      message: m.kind === "fhir-system"
        ? { fr: "identifiant FHIR avec le système INS de production", en: "FHIR identifier using the production INS system" }
        : { fr: "OID INS de production à proximité d'une valeur au format NIR", en: "production INS OID next to a NIR-shaped value" },
    }));
  },
);
