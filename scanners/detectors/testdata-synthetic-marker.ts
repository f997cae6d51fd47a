// T2-D5 — O-12.5.12 (advisory): every fixture folder says how its data was made (generator or anonymisation).
import { repoOf } from "./lib/context";
import { defineDetector } from "./lib/define";
import { dirName, fixtureRoot, isFixturePath } from "./lib/paths";
import { folderDeclaresGenerator, isMarkerFile } from "./lib/sidecar";

export const testdataSyntheticMarker = defineDetector(
  {
    name: "testdata-synthetic-marker",
    row: "T2-D5",
    clauses: ["O-12.5.12"],
    severity: "low",
    basis: { kind: "practice" },
    description: {
      fr: "Chaque dossier de fixtures contient un README ou provenance.yaml déclarant `generator` (ex. graine faker) ou `anonymisation: <méthode>`.",
      en: "Every fixture folder has a README or provenance.yaml declaring `generator` (e.g. a faker seed) or `anonymisation: <method>`.",
    },
    remediation: {
      fr: "Ajouter provenance.yaml dans le dossier (ou un parent jusqu'au dossier fixtures) avec `generator:` ou `anonymisation:`.",
      en: "Add provenance.yaml to the folder (or a parent up to the fixtures folder) with `generator:` or `anonymisation:`.",
    },
  },
  (path) => isFixturePath(path) && !isMarkerFile(path),
  (file, ctx) => {
    const repo = repoOf(ctx);
    const root = fixtureRoot(file.path);
    let dir = dirName(file.path);
    const folder = dir;
    for (;;) {
      if (folderDeclaresGenerator(dir, repo)) return [];
      if (!root || dir === root || !dir.startsWith(root)) break;
      dir = dirName(dir);
    }
    return [{
      line: 0,
      file: folder,
      message: { fr: "dossier de fixtures sans déclaration de générateur ni d'anonymisation", en: "fixture folder without a generator or anonymisation declaration" },
    }];
  },
);
