// T2-D4 — O-12.5.12: medical files (DICOM, HL7 v2, FHIR Patient, PDF) in test data must be declared SYNTHETIC.
import { repoOf, type GateHit } from "./lib/context";
import { defineDetector } from "./lib/define";
import { extOf, isFixturePath } from "./lib/paths";
import { hasSyntheticSidecar } from "./lib/sidecar";

const MEDICAL_EXT = new Set(["dcm", "dicom", "hl7", "ndjson", "pdf"]);

/** DICOM Part 10: 128-byte preamble then `DICM`. `text` is the file decoded as latin1. */
export function isDicom(text: string): boolean {
  return text.length >= 132 && text.slice(128, 132) === "DICM";
}

/** Value of a (0010,xxxx) element, explicit or implicit VR little endian; undefined when absent or empty. */
export function dicomElement(text: string, element: 0x10 | 0x20): string | undefined {
  const tag = "\x10\x00" + String.fromCharCode(element) + "\x00";
  let from = 132;
  for (;;) {
    const i = text.indexOf(tag, from);
    if (i < 0) return undefined;
    from = i + 1;
    const vr = text.slice(i + 4, i + 6);
    let len: number;
    let start: number;
    if (/^[A-Z]{2}$/.test(vr)) {
      len = text.charCodeAt(i + 6) | (text.charCodeAt(i + 7) << 8);
      start = i + 8;
    } else {
      len = text.charCodeAt(i + 4) | (text.charCodeAt(i + 5) << 8) | (text.charCodeAt(i + 6) << 16);
      start = i + 8;
    }
    if (len > 0 && len < 1024 && start + len <= text.length) {
      const v = text.slice(start, start + len).replace(/[\0 ]+$/g, "").trim();
      if (v) return v;
      return undefined;
    }
  }
}

export const testdataMedicalFiles = defineDetector(
  {
    name: "testdata-medical-files",
    row: "T2-D4",
    clauses: ["O-12.5.12"],
    severity: "high",
    basis: { kind: "clause", text: "anonymisation ou de pseudonymisation des données de production … rendre peu probable, au mieux impossible, l'identification des personnes" },
    binary: true,
    description: {
      fr: "Les fichiers médicaux de test (DICOM, HL7, FHIR NDJSON, PDF) sont déclarés SYNTHETIC dans un fichier *.provenance.yaml ; aucun DICOM ne porte PatientName/PatientID.",
      en: "Medical test files (DICOM, HL7, FHIR NDJSON, PDF) are declared SYNTHETIC in a *.provenance.yaml sidecar; no DICOM carries PatientName/PatientID.",
    },
    remediation: {
      fr: "Générer des fichiers synthétiques (ou anonymiser les en-têtes DICOM) et ajouter <fichier>.provenance.yaml avec « origin: SYNTHETIC ».",
      en: "Generate synthetic files (or anonymise the DICOM headers) and add <file>.provenance.yaml with `origin: SYNTHETIC`.",
    },
  },
  (path) => MEDICAL_EXT.has(extOf(path)) || isFixturePath(path),
  (file, ctx) => {
    const ext = extOf(file.path);
    const inFixtures = isFixturePath(file.path);
    const dicom = isDicom(file.text);
    if (!dicom && !MEDICAL_EXT.has(ext) && !(inFixtures && ext === "json")) return [];
    if (hasSyntheticSidecar(file.path, repoOf(ctx))) return [];
    const hits: GateHit[] = [];
    if (dicom) {
      const name = dicomElement(file.text, 0x10);
      const id = dicomElement(file.text, 0x20);
      if (name || id) {
        hits.push({
          line: 1,
          secret: name ?? id,
          message: { fr: "fichier DICOM avec PatientName/PatientID renseignés, sans déclaration SYNTHETIC", en: "DICOM file with PatientName/PatientID set and no SYNTHETIC declaration" },
        });
      } else if (inFixtures) {
        hits.push({ line: 1, message: { fr: "fichier DICOM de test sans déclaration SYNTHETIC", en: "DICOM test file without a SYNTHETIC declaration" } });
      }
      return hits;
    }
    if (!inFixtures) return [];
    const lineOf = (re: RegExp): number | undefined => {
      const m = re.exec(file.text);
      return m ? file.text.slice(0, m.index + (m[1]?.length ?? 0)).split("\n").length : undefined;
    };
    if (ext === "hl7") {
      const l = lineOf(/(^|[\r\n])PID\|/);
      if (l) hits.push({ line: l, message: { fr: "message HL7 v2 avec segment PID (patient) sans déclaration SYNTHETIC", en: "HL7 v2 message with a PID (patient) segment and no SYNTHETIC declaration" } });
    } else if (ext === "ndjson" || ext === "json") {
      const l = lineOf(/"resourceType"\s*:\s*"Patient"/);
      if (l) hits.push({ line: l, message: { fr: "ressource FHIR Patient sans déclaration SYNTHETIC", en: "FHIR Patient resource without a SYNTHETIC declaration" } });
    } else if (ext === "pdf" || ext === "dcm" || ext === "dicom") {
      hits.push({ line: 1, message: { fr: `fichier .${ext} de test sans déclaration SYNTHETIC`, en: `.${ext} test file without a SYNTHETIC declaration` } });
    }
    return hits;
  },
);
