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
  },
};
