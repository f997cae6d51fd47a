// The rules the gate raises itself, beside its scanners' rules: their metadata, held once here for
// the findings and for `catalog`.
import type { RuleMeta } from "../../policies/core/model";

/** A file the gate could not read by name was never scanned: it is a finding, never a pass. */
export const FILE_NOT_SCANNED: RuleMeta = {
  name: "clausier-gate-file-not-scanned",
  clauses: ["O-12.5.9"],
  severity: "medium",
  family: "gate",
  scope: "dev-provider",
  basis: { kind: "practice" },
  description: {
    fr: "Chaque fichier de la demande de fusion est analysé ; un fichier dont le nom n'est pas UTF-8 ne peut pas l'être et n'est jamais compté comme conforme.",
    en: "Every file of the pull request is scanned; a file whose name is not UTF-8 cannot be and never counts as compliant.",
  },
  remediation: {
    fr: "Renommer le fichier en UTF-8 (ASCII de préférence) puis relancer la CI.",
    en: "Rename the file in UTF-8 (ASCII preferably), then run the CI again.",
  },
};

/** A third-party bundle (minified, or a known library's banner) is read for secrets and provenance, not by SAST: listed, never silently skipped. */
export const BUNDLE_SAST_SKIPPED: RuleMeta = {
  name: "clausier-gate-bundle-not-sast-scanned",
  clauses: ["O-12.5.7", "O-12.5.8"],
  severity: "low",
  family: "gate",
  scope: "dev-provider",
  basis: { kind: "practice" },
  description: {
    fr: "Les bibliothèques tierces livrées en bundle (minifiées, ou portant la bannière de licence d'une bibliothèque connue) sont analysées pour les secrets et la provenance, pas par les règles SAST, et sont listées.",
    en: "Third-party libraries shipped as bundles (minified, or carrying a known library's licence banner) are scanned for secrets and provenance, not by the SAST rules, and are listed.",
  },
  remediation: {
    fr: "Installer la bibliothèque par le gestionnaire de paquets (verrouillée, vérifiée) plutôt que d'en livrer une copie ; sinon documenter sa source et sa version.",
    en: "Install the library through the package manager (locked, verified) rather than shipping a copy; otherwise document its source and version.",
  },
};

/** The pseudo-scanner of the commit signatures, which the GitHub publisher reads (not the gate). */
export const SIGNATURE_SCANNER = "github";

/** O-12.5.8 "code provenant d'une source inconnue ou qui n'a pas été vérifiée": GitHub's verified commit signatures. */
export const COMMIT_SIGNATURE: RuleMeta = {
  name: "github-commit-signature-verified",
  clauses: ["O-12.5.8"],
  severity: "low",
  family: "P",
  scope: "dev-provider",
  basis: { kind: "profile", key: "gate.commitSignatures" },
  description: {
    fr: "Chaque commit de la demande de fusion porte une signature que GitHub a vérifiée (gravité selon gate.commitSignatures : advisory → faible, mandatory → élevée).",
    en: "Every commit of the pull request carries a signature GitHub verified (severity from gate.commitSignatures: advisory → low, mandatory → high).",
  },
  remediation: {
    fr: "Signer les commits (GPG, SSH ou S/MIME) avec une clé enregistrée sur le compte GitHub de l'auteur, puis pousser à nouveau.",
    en: "Sign the commits (GPG, SSH or S/MIME) with a key registered on the author's GitHub account, then push again.",
  },
};
