// The fixed words of every human-readable output (text, Markdown, JUnit, the HTML report, the
// portfolio, the pull request comment), in French (the contract's language, the default) and
// English: one table, in which the words several outputs share are written once.
import type { Lang, Severity } from "../../policies/core/model";
import type { ScannerStatus, Verdict } from "../result/model";
import type { ClauseStatus } from "./coverage/coverage";
import type { WaiverState } from "./coverage/model";

interface SharedWords {
  clause: string;
  rule: string;
  message: string;
  severity: string;
  location: string;
  waiver: string;
  approvedBy: string;
  expires: string;
  reason: string;
  version: string;
  duration: string;
  noFindings: string;
  findingsByClause: string;
  severities: Record<Severity, string>;
  /** A clause's status, as the HTML report and the pull request comment show it. */
  clauseStatus: Record<ClauseStatus, string>;
  /** The verdict in a sentence (the text outputs shout it in capitals, see `verdicts`). */
  verdict: Record<Verdict, string>;
  statusCol: string;
  findings: string;
  stack: string;
}

const SHARED: Record<Lang, SharedWords> = {
  fr: {
    clause: "Clause",
    rule: "Règle",
    message: "Message",
    severity: "Sévérité",
    location: "Emplacement",
    waiver: "Dérogation",
    approvedBy: "Approuvée par",
    expires: "Expire le",
    reason: "Motif",
    version: "Version",
    duration: "Durée",
    noFindings: "Aucun constat.",
    findingsByClause: "Constats par clause",
    severities: { critical: "critique", high: "élevée", medium: "moyenne", low: "faible" },
    clauseStatus: { failed: "Non conforme", waived: "Dérogation", passed: "Conforme", manual: "Preuve manuelle", "not-evaluated": "Non évalué" },
    verdict: { pass: "Conforme", blocked: "Bloqué", error: "Erreur d'analyse" },
    statusCol: "Statut",
    findings: "Constats",
    stack: "pile",
  },
  en: {
    clause: "Clause",
    rule: "Rule",
    message: "Message",
    severity: "Severity",
    location: "Location",
    waiver: "Waiver",
    approvedBy: "Approved by",
    expires: "Expires",
    reason: "Reason",
    version: "Version",
    duration: "Duration",
    noFindings: "No findings.",
    findingsByClause: "Findings by clause",
    severities: { critical: "critical", high: "high", medium: "medium", low: "low" },
    clauseStatus: { failed: "Failed", waived: "Waived", passed: "Passed", manual: "Manual evidence", "not-evaluated": "Not evaluated" },
    verdict: { pass: "Passed", blocked: "Blocked", error: "Scan error" },
    statusCol: "Status",
    findings: "Findings",
    stack: "stack",
  },
};

const capitalised = <K extends string>(words: Record<K, string>): Record<K, string> =>
  Object.fromEntries(Object.entries<string>(words).map(([k, v]) => [k, v.charAt(0).toUpperCase() + v.slice(1)])) as Record<K, string>;

/** The HTML compliance report and the portfolio. */
export interface HtmlWords {
  title: string;
  subtitle: string;
  generated: string;
  verdictLabel: string;
  verdict: Record<Verdict, string>;
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
  portfolio: PortfolioWords;
}

/** The portfolio report (`report --bundles`): many repositories and stacks on one page. */
export interface PortfolioWords {
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

function labelsFr(w: SharedWords) {
  return {
    colon: " : ",
    title: "Clausier Guard — porte de sécurité CI (Clausier conformité numérique)",
    verdict: "Verdict",
    verdicts: { pass: "CONFORME", blocked: "BLOQUÉ", error: "ERREUR — analyse incomplète" } as Record<Verdict, string>,
    exitCode: "code de sortie",
    blockingCount: (n: number) => `${n} constat${n > 1 ? "s" : ""} bloquant${n > 1 ? "s" : ""}`,
    threshold: "seuil",
    notEvaluated: "non évalué",
    notEvaluatedWarning: "Ce verdict ne couvre pas les contrôles non évalués ci-dessous : à traiter avant de conclure.",
    failedScanner: "analyseur en échec",
    base: "Base",
    mergeBase: "ancêtre commun",
    filesScanned: (n: number) => `${n} fichier${n > 1 ? "s" : ""} analysé${n > 1 ? "s" : ""}`,
    findingsByClause: w.findingsByClause,
    clause: w.clause,
    blocking: "Bloquant",
    blockingPlural: "Bloquants",
    nonBlocking: "Non bloquants",
    waived: "Dérogés",
    waivedFindings: "Constats couverts par une dérogation",
    waivedBy: "dérogation",
    waiverHeader: w.waiver,
    approvedBy: "approuvée par",
    approvedByHeader: w.approvedBy,
    expires: "expire le",
    expiresHeader: w.expires,
    reason: "motif",
    reasonHeader: w.reason,
    findings: w.findings,
    severity: w.severity,
    rule: w.rule,
    location: w.location,
    message: w.message,
    scanners: "Analyseurs",
    scanner: "Analyseur",
    version: w.version,
    status: w.statusCol,
    duration: w.duration,
    statuses: { ok: "ok", failed: "ÉCHEC", "not-evaluated": "non évalué" } as Record<ScannerStatus, string>,
    none: w.noFindings,
    more: (n: number) => `… et ${n} autre${n > 1 ? "s" : ""} (voir gate.json / gate.sarif)`,
    severities: w.severities,
    generatedAt: "Produit le",
  };
}

function labelsEn(w: SharedWords): ReturnType<typeof labelsFr> {
  return {
    colon: ": ",
    title: "Clausier Guard — CI security gate (Clausier conformité numérique)",
    verdict: "Verdict",
    verdicts: { pass: "PASS", blocked: "BLOCKED", error: "ERROR — incomplete scan" } as Record<Verdict, string>,
    exitCode: "exit code",
    blockingCount: (n: number) => `${n} blocking finding${n === 1 ? "" : "s"}`,
    threshold: "threshold",
    notEvaluated: "not evaluated",
    notEvaluatedWarning: "This verdict does not cover the checks not evaluated below: deal with them before concluding.",
    failedScanner: "scanner failed",
    base: "Base",
    mergeBase: "merge-base",
    filesScanned: (n: number) => `${n} file${n === 1 ? "" : "s"} scanned`,
    findingsByClause: w.findingsByClause,
    clause: w.clause,
    blocking: "Blocking",
    blockingPlural: "Blocking",
    nonBlocking: "Non-blocking",
    waived: "Waived",
    waivedFindings: "Findings covered by a waiver (dérogation)",
    waivedBy: "waiver",
    waiverHeader: w.waiver,
    approvedBy: "approved by",
    approvedByHeader: w.approvedBy,
    expires: "expires",
    expiresHeader: w.expires,
    reason: "reason",
    reasonHeader: w.reason,
    findings: w.findings,
    severity: w.severity,
    rule: w.rule,
    location: w.location,
    message: w.message,
    scanners: "Scanners",
    scanner: "Scanner",
    version: w.version,
    status: w.statusCol,
    duration: w.duration,
    statuses: { ok: "ok", failed: "FAILED", "not-evaluated": "not evaluated" } as Record<ScannerStatus, string>,
    none: w.noFindings,
    more: (n: number) => `… and ${n} more (see gate.json / gate.sarif)`,
    severities: w.severities,
    generatedAt: "Generated at",
  };
}

export type Labels = ReturnType<typeof labelsFr>;

const HTML: Record<Lang, (w: SharedWords) => HtmlWords> = {
  fr: (w) => ({
    title: "Clausier Guard — rapport de conformité",
    subtitle: "Clausier conformité numérique 2025 (Club RSSI Santé) — §8 et §12.3 à §12.6",
    generated: "Généré le",
    verdictLabel: "Verdict",
    verdict: w.verdict,
    inputs: "Entrées",
    gateInput: "portail CI (gate)",
    evaluateInput: "pack de politiques (evaluate)",
    none: "aucune",
    glance: "En un coup d'œil",
    bySeverity: "Constats par sévérité",
    byStatus: "Clauses par statut",
    open: "ouverts",
    waived: "dérogés",
    severityCol: w.severity,
    severity: capitalised(w.severities),
    status: w.clauseStatus,
    matrix: "Matrice de couverture des clauses",
    matrixIntro: "Une ligne par clause des §8 et §12.3 à §12.6. « Preuve manuelle » : aucun outil ne peut le vérifier, la preuve documentaire indiquée est à demander au titulaire.",
    clause: w.clause,
    clauseTitle: "Intitulé",
    statusCol: w.statusCol,
    checks: "Contrôles automatisés",
    evidence: "Preuve à demander",
    findingsCol: w.findings,
    plusEvidence: "+ preuve documentaire",
    policy: "Politiques",
    gate: "Portail CI",
    findingsByClause: w.findingsByClause,
    noFindings: w.noFindings,
    otherClauses: "Autres clauses (hors §8 et §12.3–§12.6)",
    rule: w.rule,
    where: w.location,
    message: w.message,
    waiver: w.waiver,
    stack: w.stack,
    waivers: "Dérogations",
    noWaivers: "Aucune dérogation.",
    waiverId: "Identifiant",
    cctp: "Référence CCTP",
    approvedBy: w.approvedBy,
    expires: w.expires,
    reason: w.reason,
    state: "État",
    covers: "Constats couverts",
    waiverState: { valid: "Valide", expired: "Expirée", "unknown-approver": "Approbateur inconnu", unused: "Inutilisée" },
    scanners: "Outils d'analyse",
    noScanners: "Aucun outil du portail CI dans ce rapport.",
    scanner: "Outil",
    version: w.version,
    duration: w.duration,
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
  }),
  en: (w) => ({
    title: "Clausier Guard — compliance report",
    subtitle: "Clausier conformité numérique 2025 (Club RSSI Santé) — §8 and §12.3 to §12.6",
    generated: "Generated on",
    verdictLabel: "Verdict",
    verdict: w.verdict,
    inputs: "Inputs",
    gateInput: "CI gate",
    evaluateInput: "policy pack (evaluate)",
    none: "none",
    glance: "At a glance",
    bySeverity: "Findings by severity",
    byStatus: "Clauses by status",
    open: "open",
    waived: "waived",
    severityCol: w.severity,
    severity: capitalised(w.severities),
    status: w.clauseStatus,
    matrix: "Clause coverage matrix",
    matrixIntro: "One row per clause of §8 and §12.3 to §12.6. \"Manual evidence\": no tool can check it; ask the vendor for the document shown.",
    clause: w.clause,
    clauseTitle: "Title",
    statusCol: w.statusCol,
    checks: "Automated checks",
    evidence: "Evidence to request",
    findingsCol: w.findings,
    plusEvidence: "+ documentary evidence",
    policy: "Policies",
    gate: "CI gate",
    findingsByClause: w.findingsByClause,
    noFindings: w.noFindings,
    otherClauses: "Other clauses (outside §8 and §12.3–§12.6)",
    rule: w.rule,
    where: w.location,
    message: w.message,
    waiver: w.waiver,
    stack: w.stack,
    waivers: "Waivers",
    noWaivers: "No waivers.",
    waiverId: "Id",
    cctp: "CCTP reference",
    approvedBy: w.approvedBy,
    expires: w.expires,
    reason: w.reason,
    state: "State",
    covers: "Findings covered",
    waiverState: { valid: "Valid", expired: "Expired", "unknown-approver": "Unknown approver", unused: "Unused" },
    scanners: "Scanners",
    noScanners: "No CI gate scanner in this report.",
    scanner: "Scanner",
    version: w.version,
    duration: w.duration,
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
  }),
};

/** The pull request comment and the check run summary. */
export interface GithubWords {
  verdict: Record<Verdict, string>;
  status: Record<ClauseStatus, string>;
  severity: Record<Severity, string>;
  open: string; waived: string; clauses: string; byClause: string; clause: string; statusCol: string; findings: string;
  waivedTitle: string; waivedIntro: string; waiver: string; approvedBy: string; expires: string; expired: string;
  manualTitle: string; manualIntro: string; noFindings: string; truncated: (n: number) => string; footer: string; runLink: string;
  unlocated: string; stack: string; otherClauses: string;
}

const GITHUB: Record<Lang, (w: SharedWords) => GithubWords> = {
  fr: (w) => ({
    verdict: w.verdict, status: w.clauseStatus, severity: capitalised(w.severities),
    open: "constats ouverts", waived: "dérogés", clauses: "Clauses", byClause: w.findingsByClause, clause: w.clause,
    statusCol: w.statusCol, findings: w.findings,
    waivedTitle: "Constats dérogés (non bloquants)", waivedIntro: "Couverts par une dérogation approuvée ; ils restent visibles.",
    waiver: "dérogation", approvedBy: "approuvée par", expires: "expire le", expired: "EXPIRÉE",
    manualTitle: "Preuves documentaires à demander", manualIntro: "Clauses qu'aucun outil ne peut vérifier.",
    noFindings: "Aucun constat ouvert.",
    truncated: (n) => `⚠️ Commentaire tronqué : ${n} constat(s) non affiché(s) (limite de taille de GitHub). Voir la check run et le rapport HTML.`,
    footer: "Clausier Guard — Clausier conformité numérique 2025 (Club RSSI Santé). Rapport complet : artefact « clausier-guard-evidence » (report.html).",
    runLink: "exécution", unlocated: "sans emplacement", stack: w.stack, otherClauses: "Autres clauses",
  }),
  en: (w) => ({
    verdict: w.verdict, status: w.clauseStatus, severity: capitalised(w.severities),
    open: "open findings", waived: "waived", clauses: "Clauses", byClause: w.findingsByClause, clause: w.clause,
    statusCol: w.statusCol, findings: w.findings,
    waivedTitle: "Waived findings (not blocking)", waivedIntro: "Covered by an approved waiver; they stay visible.",
    waiver: "waiver", approvedBy: "approved by", expires: "expires", expired: "EXPIRED",
    manualTitle: "Documentary evidence to request", manualIntro: "Clauses no tool can check.",
    noFindings: "No open findings.",
    truncated: (n) => `⚠️ Comment truncated: ${n} finding(s) not shown (GitHub size limit). See the check run and the HTML report.`,
    footer: "Clausier Guard — Clausier conformité numérique 2025 (Club RSSI Santé). Full report: artifact \"clausier-guard-evidence\" (report.html).",
    runLink: "run", unlocated: "no location", stack: w.stack, otherClauses: "Other clauses",
  }),
};

export const WORDS: Record<Lang, { report: Labels; html: HtmlWords; github: GithubWords }> = {
  fr: { report: labelsFr(SHARED.fr), html: HTML.fr(SHARED.fr), github: GITHUB.fr(SHARED.fr) },
  en: { report: labelsEn(SHARED.en), html: HTML.en(SHARED.en), github: GITHUB.en(SHARED.en) },
};

export const labels = (lang: Lang): Labels => WORDS[lang].report;
export const htmlWords = (lang: Lang): HtmlWords => WORDS[lang].html;
export const githubWords = (lang: Lang): GithubWords => WORDS[lang].github;
