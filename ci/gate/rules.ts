// The rules the gate raises itself, beside its scanners' rules: their metadata, held once here for
// the findings and for `catalog`.
import type { RuleMeta } from "../../policies/core/model";

/** A file a scanner could not read, parse or finish was never scanned: a finding, never a pass. */
export const FILE_NOT_SCANNED: RuleMeta = {
  name: "clausier-gate-file-not-scanned",
  clauses: ["O-12.5.9"],
  severity: "high",
  family: "gate",
  scope: "dev-provider",
  basis: { kind: "practice" },
  description: {
    fr: "Chaque fichier de la demande de fusion est analysé ; un fichier qu'un scanneur n'a pas pu lire, analyser ou finir (nom non UTF-8, taille au-delà de la limite, erreur d'analyse, délai dépassé) n'est jamais compté comme conforme : le scanneur est en échec, sauf si le profil autorise ce chemin (gate.notScannedAllowed).",
    en: "Every file of the pull request is scanned; a file a scanner could not read, parse or finish (non-UTF-8 name, beyond the size limit, parse error, timeout) never counts as compliant: the scanner fails, unless the profile allows that path (gate.notScannedAllowed).",
  },
  remediation: {
    fr: "Renommer le fichier en UTF-8, le découper ou corriger sa syntaxe, puis relancer la CI ; sinon l'hôpital l'autorise par chemin dans gate.notScannedAllowed.",
    en: "Rename the file in UTF-8, split it or fix its syntax, then run the CI again; otherwise the hospital allows it by path in gate.notScannedAllowed.",
  },
};

/** A file excluded by the hospital's profile (gate.exclude) or the command line is listed, never silently dropped. */
export const FILE_EXCLUDED: RuleMeta = {
  name: "clausier-gate-file-excluded",
  clauses: ["O-12.5.9"],
  severity: "low",
  family: "gate",
  scope: "dev-provider",
  basis: { kind: "profile", key: "gate.exclude" },
  description: {
    fr: "Les fichiers exclus de l'analyse (gate.exclude du profil, --exclude) sont listés dans chaque sortie avec le motif qui les exclut ; l'outil n'exclut rien de lui-même.",
    en: "Files excluded from the scan (the profile's gate.exclude, --exclude) are listed in every output with the pattern that excludes them; the tool excludes nothing of its own.",
  },
  remediation: {
    fr: "Vérifier que l'exclusion est voulue par l'hôpital ; sinon retirer le motif.",
    en: "Check that the hospital wants the exclusion; otherwise remove the pattern.",
  },
};

/** The profile (waivers, approvers) is the hospital's: a pull request that changes it is judged by the base version. */
export const PROFILE_CHANGED: RuleMeta = {
  name: "clausier-gate-profile-changed",
  clauses: ["O-12.5.1"],
  severity: "medium",
  family: "gate",
  scope: "dev-provider",
  basis: { kind: "practice" },
  description: {
    fr: "Une demande de fusion qui modifie le profil de l'hôpital (dérogations, approbateurs, réglages) est évaluée avec le profil de la branche de base ; le constat résume la modification pour la revue.",
    en: "A pull request that changes the hospital's profile (waivers, approvers, settings) is evaluated with the base branch's profile; the finding summarises the change for review.",
  },
  remediation: {
    fr: "Faire relire la modification du profil par l'hôpital (CODEOWNERS) et la fusionner à part ; elle s'appliquera aux demandes suivantes.",
    en: "Have the hospital review the profile change (CODEOWNERS) and merge it on its own; it applies to the following pull requests.",
  },
};

/** A third-party bundle (minified, or a known library's banner) is read for secrets and provenance, not by SAST: listed, never silently skipped. */
export const BUNDLE_SAST_SKIPPED: RuleMeta = {
  name: "clausier-gate-bundle-not-sast-scanned",
  clauses: ["O-12.5.7", "O-12.5.8"],
  severity: "low",
  family: "gate",
  scope: "dev-provider",
  basis: { kind: "profile", key: "gate.vendoredPaths" },
  description: {
    fr: "Sous les chemins où le profil de l'hôpital accepte des bibliothèques tierces (gate.vendoredPaths), un bundle (minifié, ou portant la bannière de licence d'une bibliothèque connue) est analysé pour les secrets et la provenance, pas par les règles SAST, et listé ; ailleurs, tout fichier passe par les règles SAST.",
    en: "Under the paths where the hospital's profile accepts third-party libraries (gate.vendoredPaths), a bundle (minified, or carrying a known library's licence banner) is scanned for secrets and provenance, not by the SAST rules, and listed; elsewhere every file goes through the SAST rules.",
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
