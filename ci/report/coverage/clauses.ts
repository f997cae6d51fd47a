// The clause catalogue of the coverage report: every clause id of §8 and §12.3 to §12.6 of the
// "Clausier conformité numérique 2025" (Club RSSI Santé), as printed in the source text with ids
// normalised (`0-` → `O-`, `0-12,4.2` → `O-12.4.2`) and the printed anomaly `O-12.25` [sic] kept,
// so that a hospital can find each row in its own copy of the contract.
//
// For each clause: which rule families check it (the mapping of CLAUSIER-CHECKS.md Tables 1 and
// 2), and, where tools cannot prove it (CLAUSIER-CHECKS.md §0), WHAT evidence the hospital must
// ask the vendor for. A clause can be both: partly automated and partly documentary.
import type { Bilingual, Scope } from "../../../policies/core/model";

/** Who produces findings for a clause: the policy pack (`evaluate`), the CI gate, or GitHub. */
export type CheckSource = "policy" | "gate";

export interface ClauseCheck {
  source: CheckSource;
  /** CLAUSIER-CHECKS.md row ids, e.g. `B1–B22` or `T2-O2`. */
  refs: string;
  /** What the rows check, for a reader who has not got the spec at hand. */
  label: Bilingual;
}

export interface ClauseDef {
  id: string;
  /** Section of the clausier: `8`, `12.3`, `12.4`, `12.5` or `12.6`. */
  section: "8" | "12.3" | "12.4" | "12.5" | "12.6";
  /** §12 only applies to the delivered scope; §8 always applies. */
  scope: Scope | "core";
  title: Bilingual;
  /** Empty when no tool can check the clause. */
  checks: ClauseCheck[];
  /** Documentary evidence to request (CLAUSIER-CHECKS §0); absent when tools cover the clause. */
  evidence?: Bilingual;
  /** Printed id differs from the clausier's numbering scheme; kept as printed. */
  sic?: boolean;
}

const p = (refs: string, fr: string, en: string): ClauseCheck => ({ source: "policy", refs, label: { fr, en } });
const g = (refs: string, fr: string, en: string): ClauseCheck => ({ source: "gate", refs, label: { fr, en } });
const t = (fr: string, en: string): Bilingual => ({ fr, en });

export const SECTION_TITLES: Record<ClauseDef["section"], Bilingual> = {
  "8": t("§8 Cryptographie", "§8 Cryptography"),
  "12.3": t("§12.3 Service hébergé hors du SI / SaaS, IaaS", "§12.3 Service hosted outside the hospital / SaaS, IaaS"),
  "12.4": t("§12.4 Service hébergé par l'établissement, administré par le titulaire", "§12.4 Service hosted by the hospital, administered by the vendor"),
  "12.5": t("§12.5 Fournisseur de service de développement", "§12.5 Software development provider"),
  "12.6": t("§12.6 Service utilisant l'intelligence artificielle", "§12.6 Service using artificial intelligence"),
};

export const CLAUSES: readonly ClauseDef[] = [
  // §8 Cryptographie: applies whatever the scope.
  {
    id: "O-8.1", section: "8", scope: "core",
    title: t("TLS 1.2 ou plus pour les applications web", "TLS 1.2 or later for web applications"),
    checks: [
      p("B1–B22", "politiques TLS (répartiteurs, CDN, API, bases, caches, Azure)", "TLS policies (load balancers, CDN, APIs, databases, caches, Azure)"),
      g("T2-O2", "SAST cryptographie (minVersion TLS, rejectUnauthorized)", "crypto SAST (TLS minVersion, rejectUnauthorized)"),
    ],
  },
  {
    id: "O-8.2", section: "8", scope: "core",
    title: t("Données d'authentification chiffrées en transit et au stockage", "Authentication data encrypted in transit and at rest"),
    checks: [
      p("C5, C7, C8, H5, H7", "secrets, journaux et messagerie sous clé client ; pas de mot de passe en clair", "secrets, logs and messaging under customer keys; no plaintext password"),
      g("T2-S7", "configuration de pile Pulumi sans secret en clair", "Pulumi stack config without plaintext secrets"),
    ],
  },
  {
    id: "O-8.3", section: "8", scope: "core",
    title: t("Cryptographie conforme au RGS et à l'arrêté du 4 avril 2022", "Cryptography compliant with the RGS and the 4 April 2022 order"),
    checks: [
      p("C12, C21", "types et tailles de clés KMS / Key Vault (RGS B1)", "KMS / Key Vault key specs and sizes (RGS B1)"),
      g("T2-O2", "SAST : algorithmes faibles (MD5, SHA-1, DES, ECB, RC4)", "SAST: weak algorithms (MD5, SHA-1, DES, ECB, RC4)"),
    ],
  },
  {
    id: "O-8.4", section: "8", scope: "core",
    title: t("Chiffrement des bases de données personnelles (clés gérées)", "Encryption of personal-data databases (managed keys)"),
    checks: [
      p("C1–C4, C6, C9–C11, C13–C20", "chiffrement au repos par clé de l'établissement (AWS, Azure)", "encryption at rest with hospital-managed keys (AWS, Azure)"),
    ],
  },

  // §12.3 Service hébergé hors du SI de l'établissement (profile `saas`).
  {
    id: "O-12.3", section: "12.3", scope: "saas",
    title: t("Services hébergés conformes aux réglementations en vigueur", "Hosted services comply with the regulations in force"),
    checks: [],
    evidence: t("Plan d'assurance sécurité (PAS) listant les réglementations applicables et leur prise en charge",
      "Security assurance plan (PAS) listing the applicable regulations and how they are met"),
  },
  {
    id: "O-12.3.1", section: "12.3", scope: "saas",
    title: t("Respect des réglementations de sécurité en vigueur", "Compliance with security regulations in force"),
    checks: [],
    evidence: t("Contrat de sous-traitance RGPD (art. 28) / DPA signé et déclaration de conformité réglementaire",
      "Signed GDPR art. 28 sub-processing contract / DPA and regulatory compliance statement"),
  },
  {
    id: "O-12.3.2", section: "12.3", scope: "saas",
    title: t("Pays d'hébergement déclarés ; hors UE validé par l'établissement", "Hosting countries declared; outside the EU approved by the hospital"),
    checks: [
      p("A1–A8, I3, I4", "régions et localisations autorisées, réplications, inférence IA régionale", "allowed regions and locations, replication targets, regional AI inference"),
    ],
  },
  {
    id: "O-12.3.3", section: "12.3", scope: "saas",
    title: t("Hébergeur certifié HDS pour les données de santé", "Certified health data host (HDS) for health data"),
    checks: [
      p("A9, A10", "données de santé dans les régions HDS ; étiquette de classification", "health data in HDS regions; classification tag"),
    ],
    evidence: t("Certificats HDS et ISO 27001 en cours de validité (titulaire et sous-traitants hébergeurs)",
      "Current HDS and ISO 27001 certificates (vendor and hosting sub-processors)"),
  },
  {
    id: "O-12.3.4", section: "12.3", scope: "saas",
    title: t("Conformité RGPD démontrée pour les données nominatives", "GDPR compliance demonstrated for personal data"),
    checks: [],
    evidence: t("Démonstration RGPD (AIPD, registre de traitement, mesures par criticité des données)",
      "GDPR demonstration (DPIA, record of processing, measures by data criticality)"),
  },
  {
    id: "O-12.25", section: "12.3", scope: "saas", sic: true,
    title: t("Authentification adaptée ; mots de passe confidentiels au stockage et à la saisie", "Adequate authentication; passwords confidential when stored and typed"),
    checks: [
      p("H5, H6", "pas de mot de passe maître en clair ; authentification Entra", "no plaintext master password; Entra authentication"),
      g("T2-O3", "SAST stockage des mots de passe (argon2id, scrypt, bcrypt)", "password storage SAST (argon2id, scrypt, bcrypt)"),
    ],
  },
  {
    id: "O-12.3.5", section: "12.3", scope: "saas",
    title: t("Authentification forte pour l'accès aux données de santé", "Strong authentication for access to health data"),
    checks: [
      p("H1, H3, H4", "MFA Cognito, fédération Pro Santé Connect, mTLS carte CPS", "Cognito MFA, Pro Santé Connect federation, CPS-card mTLS"),
    ],
  },
  {
    id: "O-12.3.6", section: "12.3", scope: "saas",
    title: t("Mots de passe jamais stockés en clair ; chiffrement RGS", "Passwords never stored in clear; RGS encryption"),
    checks: [
      p("H5, H6", "mots de passe de bases gérés par le fournisseur cloud", "database passwords managed by the cloud provider"),
      g("T2-S8, T2-O3", "mot de passe littéral dans l'IaC ; hachage des mots de passe", "literal password in IaC; password hashing"),
    ],
  },
  {
    id: "O-12.3.7", section: "12.3", scope: "saas",
    title: t("Compte d'audit remis à l'établissement", "Audit account provided to the hospital"),
    checks: [p("H9", "principal d'audit en lecture seule provisionné", "read-only audit principal provisioned")],
  },
  {
    id: "O-12.3.8", section: "12.3", scope: "saas",
    title: t("Indisponibilité bornée par le CCTP", "Downtime bounded by the CCTP"),
    checks: [
      p("G1, G2, G4, G5, G6, G8", "sauvegardes, rétention, protection contre la suppression", "backups, retention, deletion protection"),
    ],
  },
  {
    id: "O-12.3.9", section: "12.3", scope: "saas",
    title: t("Mode dégradé et passage en mode manuel", "Degraded mode and switch to manual operation"),
    checks: [],
    evidence: t("Spécifications fonctionnelles décrivant le mode dégradé, l'extraction périodique imprimable et le passage en mode manuel",
      "Functional specifications describing degraded mode, periodic printable extraction and the switch to manual operation"),
  },
  {
    id: "O-12.3.10", section: "12.3", scope: "saas",
    title: t("Copie exploitable des données 3 mois avant la fin du contrat", "Usable data copy 3 months before the end of the contract"),
    checks: [p("G3, G7", "versionnage et rétention des objets (récupérabilité)", "object versioning and retention (recoverability)")],
    evidence: t("Procès-verbal de remise d'une copie exploitable (champs délimités et décrits) 3 mois avant la fin, pour tests de migration",
      "Record of delivery of a usable copy (delimited, described fields) 3 months before the end, for migration tests"),
  },
  {
    id: "O-12.3.11", section: "12.3", scope: "saas",
    title: t("Copie exploitable des données en fin de contrat", "Usable data copy at the end of the contract"),
    checks: [],
    evidence: t("Procès-verbal de remise de la copie exploitable des données en fin de contrat",
      "Record of delivery of the usable data copy at the end of the contract"),
  },
  {
    id: "O-12.3.12", section: "12.3", scope: "saas",
    title: t("Accès aux données réservé aux personnes habilitées", "Data access restricted to authorised people"),
    checks: [
      p("D13–D15, H8, H10", "PaaS en refus par défaut, S3 non public, IAM sans joker, pas d'authentification locale", "PaaS default-deny, no public S3, no wildcard IAM, no local auth"),
    ],
  },
  {
    id: "O-12.3.13", section: "12.3", scope: "saas",
    title: t("Intervenants identifiés, engagement de confidentialité, actions tracées", "Identified staff, confidentiality undertakings, actions traced"),
    checks: [p("F2, F7", "traces d'accès aux données de santé ; paramètres de diagnostic", "health-data access traces; diagnostic settings")],
    evidence: t("Liste des intervenants et engagements de confidentialité individuels signés",
      "List of staff and signed individual confidentiality undertakings (NDAs)"),
  },
  {
    id: "O-12.3.14", section: "12.3", scope: "saas",
    title: t("Destruction des données après restitution, procès-verbal sous 1 mois", "Data destroyed after return, certificate within 1 month"),
    checks: [p("G9", "effacement cryptographique possible (clés dédiées)", "crypto-shredding possible (dedicated keys)")],
    evidence: t("Procédure de destruction et procès-verbal de destruction au plus tard 1 mois après la fin du contrat",
      "Destruction procedure and destruction certificate at most 1 month after the end of the contract"),
  },
  {
    id: "O-12.3.15", section: "12.3", scope: "saas",
    title: t("Résultats des audits HDS transmis sous 10 jours", "HDS audit results sent within 10 days"),
    checks: [],
    evidence: t("Rapports des audits de certification, de surveillance et de renouvellement HDS, transmis sous 10 jours",
      "HDS certification, surveillance and renewal audit reports, sent within 10 days"),
  },

  // §12.4 Service hébergé par l'établissement et administré par le titulaire (profile `hosted-admin`).
  {
    id: "O-12.4.1", section: "12.4", scope: "hosted-admin",
    title: t("Composants maintenus à niveau, lutte contre les codes malveillants", "Components kept patched, anti-malware"),
    checks: [p("K1", "mises à jour mineures automatiques des services managés", "automatic minor upgrades of managed services")],
  },
  {
    id: "O-12.4.2", section: "12.4", scope: "hosted-admin",
    title: t("Accès externe d'exploitation selon le chapitre Télémaintenance", "External operations access per the remote-maintenance chapter"),
    checks: [p("D1, D2, D8, D9", "ports d'administration filtrés par adresses IP déclarées", "admin ports filtered by declared IP addresses")],
  },
  {
    id: "O-12.4.3", section: "12.4", scope: "hosted-admin",
    title: t("Compte d'audit remis à l'établissement", "Audit account provided to the hospital"),
    checks: [p("H9", "principal d'audit en lecture seule provisionné", "read-only audit principal provisioned")],
  },
  {
    id: "O-12.4.4", section: "12.4", scope: "hosted-admin",
    title: t("Échanges avec l'extérieur sécurisés", "Exchanges with the outside secured"),
    checks: [p("B1–B23", "TLS 1.2+ et pas de protocole en clair vers les serveurs", "TLS 1.2+ and no plaintext backend protocol")],
  },

  // §12.5 Fournisseur de service de développement (profile `dev-provider`).
  {
    id: "O-12.5.1", section: "12.5", scope: "dev-provider",
    title: t("Licences et propriété intellectuelle du code source", "Licences and intellectual property of the source code"),
    checks: [g("T2-P7", "politique de licences des dépendances", "dependency licence policy")],
    evidence: t("Contrat de services précisant licences, propriété intellectuelle du code et durées de validité acceptées",
      "Service contract stating licences, code ownership and accepted validity periods"),
  },
  {
    id: "O-12.5.2", section: "12.5", scope: "dev-provider",
    title: t("Séquestre du code source", "Source code escrow"),
    checks: [],
    evidence: t("Accord de séquestre du code source (dépositaire, jalons de dépôt, conditions de levée)",
      "Source code escrow agreement (escrow agent, deposit milestones, release conditions)"),
  },
  {
    id: "O-12.5.3", section: "12.5", scope: "dev-provider",
    title: t("Développement et tests hors production", "Development and testing outside production"),
    checks: [
      p("E7", "piles distinctes par environnement", "distinct stacks per environment"),
      g("T2-E1", "configuration des piles séparée par environnement", "stack configuration separated per environment"),
    ],
  },
  {
    id: "O-12.5.4", section: "12.5", scope: "dev-provider",
    title: t("Plan de test défini avec le fournisseur", "Test plan agreed with the provider"),
    checks: [g("T2-O11", "plan de test présent et tenu à jour", "test plan present and kept up to date")],
    evidence: t("Plan de test : programme des tests, données d'entrée et sorties attendues, critères d'évaluation, décisions",
      "Test plan: test programme, inputs and expected outputs, evaluation criteria, follow-up decisions"),
  },
  {
    id: "O-12.5.5", section: "12.5", scope: "dev-provider",
    title: t("Tests de sécurité (authentification, accès, cryptographie, configuration)", "Security tests (authentication, access, cryptography, configuration)"),
    checks: [g("T2-O10", "tests @security exécutés", "@security tests executed")],
  },
  {
    id: "O-12.5.6", section: "12.5", scope: "dev-provider",
    title: t("Preuves de tests contre les contenus malveillants", "Evidence of tests against malicious content"),
    checks: [
      g("T2-O7, T2-P3, T2-P4", "intégrité du code, signatures du registre, scripts d'installation", "code integrity, registry signatures, install scripts"),
    ],
    evidence: t("Lot de preuves de chaque livraison (manifest.json : empreintes, versions des outils et des règles)",
      "Evidence bundle of each delivery (manifest.json: hashes, tool and rule versions)"),
  },
  {
    id: "O-12.5.7", section: "12.5", scope: "dev-provider",
    title: t("Principes de sécurité OWASP", "OWASP security principles"),
    checks: [
      g("T2-O1, T2-O2, T2-O4, T2-O6, T2-O7, T2-O9, T2-C5", "règles SAST OWASP Top 10 (semgrep)", "OWASP Top 10 SAST rules (semgrep)"),
    ],
  },
  {
    id: "O-12.5.8", section: "12.5", scope: "dev-provider",
    title: t("Pas de code de source inconnue ou non vérifiée ; code sous copyright décrit", "No code from unknown or unverified sources; copyrighted code described"),
    checks: [
      g("T2-P1, T2-P2, T2-P5–T2-P7", "provenance des paquets, code tiers importé, extraits de forums, licences", "package provenance, vendored code, forum snippets, licences"),
      g("github-commit-signature-verified", "signatures des commits de la demande de fusion", "pull request commit signatures"),
    ],
  },
  {
    id: "O-12.5.9", section: "12.5", scope: "dev-provider",
    title: t("Pas d'identifiant codé en dur (utilisateur, mot de passe, certificat, jeton, téléphone)", "No hard-coded identifiers (username, password, certificate, token, phone)"),
    checks: [g("T2-S1–T2-S8", "gitleaks et détecteurs français (téléphone, identifiants, PEM, JWT)", "gitleaks and French detectors (phone, credentials, PEM, JWT)")],
  },
  {
    id: "O-12.5.10", section: "12.5", scope: "dev-provider",
    title: t("Développement externalisé supervisé et contractualisé", "Outsourced development supervised and contracted"),
    checks: [],
    evidence: t("Contrats avec l'éditeur intégrant le clausier et comptes rendus de supervision par l'équipe projet",
      "Contracts with the vendor including the clausier, and supervision minutes from the project team"),
  },
  {
    id: "O-12.5.11", section: "12.5", scope: "dev-provider",
    title: t("Environnement de développement distinct et cloisonné", "Separate, isolated development environment"),
    checks: [
      p("E1–E6", "étiquettes d'environnement, comptes et abonnements épinglés, pas de lien inter-environnements", "environment tags, pinned accounts and subscriptions, no cross-environment links"),
      g("T2-E1, T2-E2", "configuration des piles et exécution du pack de politiques", "stack configuration and policy pack run"),
    ],
  },
  {
    id: "O-12.5.12", section: "12.5", scope: "dev-provider",
    title: t("Données de test anonymisées ou pseudonymisées", "Anonymised or pseudonymised test data"),
    checks: [
      p("E6", "pas de données de production dans les environnements hors production", "no production data in non-production environments"),
      g("T2-D1–T2-D5", "NIR, INS, IBAN, contacts et fichiers médicaux dans les jeux de test", "NIR, INS, IBAN, contacts and medical files in test data"),
    ],
  },
  {
    id: "O-12.5.13", section: "12.5", scope: "dev-provider",
    title: t("Code source non publié sans autorisation", "Source code not published without authorisation"),
    checks: [g("T2-E3", "paquet privé, pas de publication accidentelle", "private package, no accidental publication")],
  },
  {
    id: "O-12.5.14", section: "12.5", scope: "dev-provider",
    title: t("Pas de commentaire sensible en production", "No sensitive comments in production"),
    checks: [g("T2-C1–T2-C4", "commentaires avec identifiants, infrastructure, TODO sensibles, données patient", "comments with credentials, infrastructure, sensitive TODOs, patient data")],
  },
  {
    id: "O-12.5.15", section: "12.5", scope: "dev-provider",
    title: t("Tests de sécurité avant et après la mise en production", "Security tests before and after go-live"),
    checks: [g("T2-O10", "tests @security exécutés", "@security tests executed")],
  },
  {
    id: "O-12.5.16", section: "12.5", scope: "dev-provider",
    title: t("Audits techniques et tests d'intrusion planifiés", "Technical audits and penetration tests planned"),
    checks: [],
    evidence: t("Planning d'audit technique et de test d'intrusion avant mise en production, et plan de traitement validé",
      "Technical audit and penetration test schedule before go-live, and the approved remediation plan"),
  },
  {
    id: "O-12.5.17", section: "12.5", scope: "dev-provider",
    title: t("Audit technique annuel à la demande de l'établissement", "Annual technical audit on the hospital's request"),
    checks: [],
    evidence: t("Engagement contractuel d'audit annuel (planning sous 60 jours) et calendrier de correction",
      "Contractual annual audit commitment (schedule within 60 days) and remediation calendar"),
  },
  {
    id: "O-12.5.18", section: "12.5", scope: "dev-provider",
    title: t("Audit technique après violation de données", "Technical audit after a personal data breach"),
    checks: [],
    evidence: t("Engagement d'audit post-violation aux frais du titulaire (planning sous 15 jours) et calendrier de correction",
      "Post-breach audit commitment at the vendor's cost (schedule within 15 days) and remediation calendar"),
  },

  // §12.6 Service utilisant l'intelligence artificielle (profile `ai`).
  {
    id: "O-12.6.1", section: "12.6", scope: "ai",
    title: t("Usage d'une IA déclaré et documenté", "Use of AI declared and documented"),
    checks: [p("I1", "composants IA étiquetés et déclarés", "AI components tagged and declared")],
  },
  {
    id: "O-12.6.2", section: "12.6", scope: "ai",
    title: t("IA dédiée ou non, mode d'accès, open source ou non", "AI dedicated or not, access mode, open source or not"),
    checks: [p("I1", "étiquettes ai-dedicated, ai-access-mode, ai-open-source", "ai-dedicated, ai-access-mode, ai-open-source tags")],
  },
  {
    id: "O-12.6.3", section: "12.6", scope: "ai",
    title: t("Données nominatives et pseudonymisation maintenues dans l'établissement", "Personal data and pseudonymisation kept inside the hospital"),
    checks: [p("I9", "pas de source nominative pour l'IA sans AIPD", "no nominative data source for AI without a DPIA")],
  },
  {
    id: "O-12.6.4", section: "12.6", scope: "ai",
    title: t("Entrepôt de données de santé : flux et stockages chiffrés", "Health data warehouse: flows and storage encrypted"),
    checks: [p("C23, I5–I8, I10", "chiffrement strict EDS, services IA durcis, filtres PII", "strict EDS encryption, hardened AI services, PII filters")],
  },
  {
    id: "O-12.6.5", section: "12.6", scope: "ai",
    title: t("Cloud souverain (ou tolérance décidée par l'établissement)", "Sovereign cloud (or tolerance decided by the hospital)"),
    checks: [p("A11, I3, I4", "cloud souverain déclaré, inférence régionale", "declared sovereign cloud, regional inference")],
  },
  {
    id: "O-12.6.6", section: "12.6", scope: "ai",
    title: t("Conformité au guide ANSSI sur l'IA générative", "Compliance with the ANSSI generative AI guide"),
    checks: [],
    evidence: t("Auto-évaluation argumentée au regard des recommandations ANSSI « Recommandations de sécurité pour un système d'IA générative »",
      "Reasoned self-assessment against the ANSSI \"Security recommendations for a generative AI system\""),
  },
  {
    id: "O-12.6.7", section: "12.6", scope: "ai",
    title: t("Conformité à l'AI Act (biais, formation, audit qualité annuel)", "AI Act compliance (bias, training, annual quality audit)"),
    checks: [],
    evidence: t("Déclaration de conformité AI Act, biais connus, plan de formation, procès-verbal annuel d'audit qualité",
      "AI Act compliance statement, known biases, training plan, annual quality audit report"),
  },
  {
    id: "O-12.6.8", section: "12.6", scope: "ai",
    title: t("Pas de système d'IA à risque inacceptable (art. 5 AI Act)", "No AI system of unacceptable risk (AI Act art. 5)"),
    checks: [p("I2", "niveau de risque déclaré différent de « inacceptable »", "declared risk level other than \"unacceptable\"")],
    evidence: t("Engagement écrit que le système n'entre pas dans les pratiques interdites de l'article 5 de l'AI Act",
      "Written commitment that the system is not a prohibited practice under AI Act article 5"),
  },
];

/**
 * Normalises a clause id as printed (`0-12.3.6`, `0-12,4.2`, `O- 9 .9`, `O 12.2.3.2`) to the
 * catalogue form. Findings written by other tools may carry the printed form.
 */
export function normaliseClauseId(raw: string): string {
  const s = raw.trim().replace(/\s*\(suite\)\s*$/i, "");
  const m = /^[O0]\s*-?\s*(.*)$/.exec(s);
  if (!m) return s;
  const rest = m[1]!.replace(/\s+/g, "").replace(/,/g, ".");
  return `O-${rest}`;
}

const byId = new Map(CLAUSES.map((c) => [c.id, c]));

export function clauseById(id: string): ClauseDef | undefined {
  return byId.get(normaliseClauseId(id));
}
