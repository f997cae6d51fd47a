// Fixed texts of the HTML report. French first: the clausier and its readers are French; English
// for vendors and auditors who ask for it.
import type { Lang, Severity } from "../../../policies/core/model";
import type { ClauseStatus } from "../coverage/coverage";
import type { Verdict as GateVerdict } from "../../result/model";
import type { WaiverState } from "../coverage/model";

export interface Strings {
  title: string;
  subtitle: string;
  generated: string;
  verdictLabel: string;
  verdict: Record<GateVerdict, string>;
  inputs: string;
  gateInput: string;
  evaluateInput: string;
  none: string;
  glance: string;
  bySeverity: string;
  byStatus: string;
  open: string;
  waived: string;
  severity: Record<Severity, string>;
  severityCol: string;
  status: Record<ClauseStatus, string>;
  matrix: string;
  matrixIntro: string;
  clause: string;
  clauseTitle: string;
  statusCol: string;
  checks: string;
  evidence: string;
  findingsCol: string;
  plusEvidence: string;
  policy: string;
  gate: string;
  findingsByClause: string;
  noFindings: string;
  otherClauses: string;
  rule: string;
  where: string;
  message: string;
  waiver: string;
  stack: string;
  waivers: string;
  noWaivers: string;
  waiverId: string;
  cctp: string;
  approvedBy: string;
  expires: string;
  reason: string;
  state: string;
  covers: string;
  waiverState: Record<WaiverState, string>;
  scanners: string;
  noScanners: string;
  scanner: string;
  version: string;
  duration: string;
  stacks: string;
  resources: string;
  footer: string;
  sic: string;
  portfolio: PortfolioStrings;
}

/** The portfolio report (`report --bundles`): many repositories and stacks on one page. */
export interface PortfolioStrings {
  title: string;
  subtitle: string;
  totals: (t: { bundles: number; vendors: number; repositories: number; stacks: number; resources: number }) => string;
  repositoriesByVerdict: string;
  clausesAcross: string;
  vendors: string;
  vendor: string;
  unknownVendor: string;
  repository: string;
  gateCol: string;
  stacksCol: string;
  openCol: string;
  waivedCol: string;
  runCol: string;
  changeCol: string;
  problems: string;
  superseded: (n: number) => string;
  newRepository: string;
  change: (c: { before: string; after: string; added: number; fixed: number }) => string;
  matrix: string;
  matrixIntro: string;
  totalsCol: string;
  repositoriesWith: (n: number, status: string) => string;
  waiversDue: string;
  waiversIntro: string;
  expiredWaivers: string;
  within30: string;
  within90: string;
  daysLeft: string;
  noneDue: string;
  changes: string;
  notCompared: string;
  removed: string;
  noRemoved: string;
  footer: string;
}

export const STRINGS: Record<Lang, Strings> = {
  fr: {
    title: "Clausier Guard — rapport de conformité",
    subtitle: "Clausier conformité numérique 2025 (Club RSSI Santé) — §8 et §12.3 à §12.6",
    generated: "Généré le",
    verdictLabel: "Verdict",
    verdict: { pass: "Conforme", blocked: "Bloqué", error: "Erreur d'analyse" },
    inputs: "Entrées",
    gateInput: "portail CI (gate)",
    evaluateInput: "pack de politiques (evaluate)",
    none: "aucune",
    glance: "En un coup d'œil",
    bySeverity: "Constats par sévérité",
    byStatus: "Clauses par statut",
    open: "ouverts",
    waived: "dérogés",
    severityCol: "Sévérité",
    severity: { critical: "Critique", high: "Élevée", medium: "Moyenne", low: "Faible" },
    status: { failed: "Non conforme", waived: "Dérogation", passed: "Conforme", manual: "Preuve manuelle", "not-evaluated": "Non évalué" },
    matrix: "Matrice de couverture des clauses",
    matrixIntro: "Une ligne par clause des §8 et §12.3 à §12.6. « Preuve manuelle » : aucun outil ne peut le vérifier, la preuve documentaire indiquée est à demander au titulaire.",
    clause: "Clause",
    clauseTitle: "Intitulé",
    statusCol: "Statut",
    checks: "Contrôles automatisés",
    evidence: "Preuve à demander",
    findingsCol: "Constats",
    plusEvidence: "+ preuve documentaire",
    policy: "Politiques",
    gate: "Portail CI",
    findingsByClause: "Constats par clause",
    noFindings: "Aucun constat.",
    otherClauses: "Autres clauses (hors §8 et §12.3–§12.6)",
    rule: "Règle",
    where: "Emplacement",
    message: "Message",
    waiver: "Dérogation",
    stack: "pile",
    waivers: "Dérogations",
    noWaivers: "Aucune dérogation.",
    waiverId: "Identifiant",
    cctp: "Référence CCTP",
    approvedBy: "Approuvée par",
    expires: "Expire le",
    reason: "Motif",
    state: "État",
    covers: "Constats couverts",
    waiverState: { valid: "Valide", expired: "Expirée", "unknown-approver": "Approbateur inconnu", unused: "Inutilisée" },
    scanners: "Outils d'analyse",
    noScanners: "Aucun outil du portail CI dans ce rapport.",
    scanner: "Outil",
    version: "Version",
    duration: "Durée",
    stacks: "Piles évaluées",
    resources: "ressources",
    footer: "Rapport autonome : aucune ressource externe, aucun script. Les valeurs secrètes détectées sont masquées.",
    sic: "[sic] numéro imprimé tel quel dans le clausier",
    portfolio: {
      title: "Clausier Guard — portefeuille de conformité",
      subtitle: "Clausier conformité numérique 2025 (Club RSSI Santé) — tous les titulaires, dépôts et piles",
      totals: (t) => `${t.bundles} preuves lues — ${t.vendors} titulaire${t.vendors > 1 ? "s" : ""}, ${t.repositories} dépôt${t.repositories > 1 ? "s" : ""}, ${t.stacks} pile${t.stacks > 1 ? "s" : ""} (${t.resources} ressources)`,
      repositoriesByVerdict: "Dépôts par verdict",
      clausesAcross: "Clauses × dépôts par statut",
      vendors: "Verdict par titulaire, dépôt et pile",
      vendor: "Titulaire",
      unknownVendor: "(titulaire non renseigné)",
      repository: "Dépôt",
      gateCol: "Portail CI",
      stacksCol: "Piles",
      openCol: "Constats ouverts (C/É/M/F)",
      waivedCol: "Dérogés",
      runCol: "Exécution",
      changeCol: "Depuis la fois précédente",
      problems: "Preuve non vérifiable",
      superseded: (n) => `remplace ${n} preuve${n > 1 ? "s" : ""} plus ancienne${n > 1 ? "s" : ""}`,
      newRepository: "nouveau dépôt",
      change: (c) => `${c.before} → ${c.after}, +${c.added} nouveau${c.added > 1 ? "x" : ""}, −${c.fixed} corrigé${c.fixed > 1 ? "s" : ""}`,
      matrix: "Matrice des clauses sur le portefeuille",
      matrixIntro: "Une ligne par clause ; une colonne par titulaire, avec le pire statut de ses dépôts ; puis le nombre de dépôts par statut. Une preuve non vérifiable ne couvre aucune clause.",
      totalsCol: "Dépôts : non conformes / non évalués / dérogés / conformes",
      repositoriesWith: (n, status) => `${n} dépôt${n > 1 ? "s" : ""} : ${status}`,
      waiversDue: "Dérogations à renouveler",
      waiversIntro: "Dérogations expirées, puis celles qui expirent dans les 30 et 90 jours (à la date du rapport).",
      expiredWaivers: "Expirées",
      within30: "Expirent dans les 30 jours",
      within90: "Expirent dans 31 à 90 jours",
      daysLeft: "Jours restants",
      noneDue: "Aucune.",
      changes: "Changements depuis les preuves précédentes",
      notCompared: "Aucune preuve précédente fournie (--previous) : pas de comparaison.",
      removed: "Dépôts absents de cette exécution",
      noRemoved: "Aucun dépôt n'a disparu.",
      footer: "Rapport autonome : aucune ressource externe, aucun script. Chaque preuve est vérifiée par les SHA-256 de son manifeste ; les valeurs secrètes détectées sont masquées.",
    },
  },
  en: {
    title: "Clausier Guard — compliance report",
    subtitle: "Clausier conformité numérique 2025 (Club RSSI Santé) — §8 and §12.3 to §12.6",
    generated: "Generated on",
    verdictLabel: "Verdict",
    verdict: { pass: "Passed", blocked: "Blocked", error: "Scan error" },
    inputs: "Inputs",
    gateInput: "CI gate",
    evaluateInput: "policy pack (evaluate)",
    none: "none",
    glance: "At a glance",
    bySeverity: "Findings by severity",
    byStatus: "Clauses by status",
    open: "open",
    waived: "waived",
    severityCol: "Severity",
    severity: { critical: "Critical", high: "High", medium: "Medium", low: "Low" },
    status: { failed: "Failed", waived: "Waived", passed: "Passed", manual: "Manual evidence", "not-evaluated": "Not evaluated" },
    matrix: "Clause coverage matrix",
    matrixIntro: "One row per clause of §8 and §12.3 to §12.6. \"Manual evidence\": no tool can check it; ask the vendor for the document shown.",
    clause: "Clause",
    clauseTitle: "Title",
    statusCol: "Status",
    checks: "Automated checks",
    evidence: "Evidence to request",
    findingsCol: "Findings",
    plusEvidence: "+ documentary evidence",
    policy: "Policies",
    gate: "CI gate",
    findingsByClause: "Findings by clause",
    noFindings: "No findings.",
    otherClauses: "Other clauses (outside §8 and §12.3–§12.6)",
    rule: "Rule",
    where: "Location",
    message: "Message",
    waiver: "Waiver",
    stack: "stack",
    waivers: "Waivers",
    noWaivers: "No waivers.",
    waiverId: "Id",
    cctp: "CCTP reference",
    approvedBy: "Approved by",
    expires: "Expires",
    reason: "Reason",
    state: "State",
    covers: "Findings covered",
    waiverState: { valid: "Valid", expired: "Expired", "unknown-approver": "Unknown approver", unused: "Unused" },
    scanners: "Scanners",
    noScanners: "No CI gate scanner in this report.",
    scanner: "Scanner",
    version: "Version",
    duration: "Duration",
    stacks: "Evaluated stacks",
    resources: "resources",
    footer: "Self-contained report: no external resource, no script. Detected secret values are masked.",
    sic: "[sic] id printed as-is in the clausier",
    portfolio: {
      title: "Clausier Guard — compliance portfolio",
      subtitle: "Clausier conformité numérique 2025 (Club RSSI Santé) — every vendor, repository and stack",
      totals: (t) => `${t.bundles} bundles read — ${t.vendors} vendor${t.vendors > 1 ? "s" : ""}, ${t.repositories} repositor${t.repositories > 1 ? "ies" : "y"}, ${t.stacks} stack${t.stacks > 1 ? "s" : ""} (${t.resources} resources)`,
      repositoriesByVerdict: "Repositories by verdict",
      clausesAcross: "Clauses × repositories by status",
      vendors: "Verdict per vendor, repository and stack",
      vendor: "Vendor",
      unknownVendor: "(vendor not given)",
      repository: "Repository",
      gateCol: "CI gate",
      stacksCol: "Stacks",
      openCol: "Open findings (C/H/M/L)",
      waivedCol: "Waived",
      runCol: "Run",
      changeCol: "Since last time",
      problems: "Bundle cannot be verified",
      superseded: (n) => `replaces ${n} older bundle${n > 1 ? "s" : ""}`,
      newRepository: "new repository",
      change: (c) => `${c.before} → ${c.after}, +${c.added} new, −${c.fixed} fixed`,
      matrix: "Clause matrix across the portfolio",
      matrixIntro: "One row per clause; one column per vendor, with the worst status among its repositories; then the number of repositories per status. A bundle that cannot be verified covers no clause.",
      totalsCol: "Repositories: failed / not evaluated / waived / passed",
      repositoriesWith: (n, status) => `${n} repositor${n > 1 ? "ies" : "y"}: ${status}`,
      waiversDue: "Waivers to renew",
      waiversIntro: "Expired waivers, then those expiring within 30 and 90 days (from the report date).",
      expiredWaivers: "Expired",
      within30: "Expire within 30 days",
      within90: "Expire in 31 to 90 days",
      daysLeft: "Days left",
      noneDue: "None.",
      changes: "Changes since the previous bundles",
      notCompared: "No previous bundles given (--previous): no comparison.",
      removed: "Repositories missing from this run",
      noRemoved: "No repository has gone.",
      footer: "Self-contained report: no external resource, no script. Every bundle is checked against the SHA-256 of its manifest; detected secret values are masked.",
    },
  },
};
