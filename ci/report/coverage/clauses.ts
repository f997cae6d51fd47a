// The clause catalogue of the coverage report: every clause id of §8 and §12.3 to §12.6 of the
// "Clausier conformité numérique 2025" (Club RSSI Santé), as printed in the source text with ids
// normalised (`0-` → `O-`, `0-12,4.2` → `O-12.4.2`) and the printed anomaly `O-12.25` [sic] kept,
// so that a hospital can find each row in its own copy of the contract.
//
// Which rules check a clause is NOT kept here: it is read from the rules themselves (rules.ts).
// What is kept by hand is only what no tool can say: for the clauses tools cannot prove, WHAT
// evidence the hospital must ask the vendor for. A clause can be both: partly automated and partly
// documentary.
import type { Bilingual, Scope } from "../../../policies/core/model";

export interface ClauseDef {
  id: string;
  /** Section of the clausier: `8`, `12.3`, `12.4`, `12.5` or `12.6`. */
  section: "8" | "12.3" | "12.4" | "12.5" | "12.6";
  /** §12 only applies to the delivered scope; §8 always applies. */
  scope: Scope | "core";
  title: Bilingual;
  /** Documentary evidence to request from the vendor; absent when the rules cover the clause. */
  evidence?: Bilingual;
  /** Printed id differs from the clausier's numbering scheme; kept as printed. */
  sic?: boolean;
}

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
  },
  {
    id: "O-8.2", section: "8", scope: "core",
    title: t("Données d'authentification chiffrées en transit et au stockage", "Authentication data encrypted in transit and at rest"),
  },
  {
    id: "O-8.3", section: "8", scope: "core",
    title: t("Cryptographie conforme au RGS et à l'arrêté du 4 avril 2022", "Cryptography compliant with the RGS and the 4 April 2022 order"),
  },
  {
    id: "O-8.4", section: "8", scope: "core",
    title: t("Chiffrement des bases de données personnelles (clés gérées)", "Encryption of personal-data databases (managed keys)"),
  },

  // §12.3 Service hébergé hors du SI de l'établissement (profile `saas`).
  {
    id: "O-12.3", section: "12.3", scope: "saas",
    title: t("Services hébergés conformes aux réglementations en vigueur", "Hosted services comply with the regulations in force"),
    evidence: t("Plan d'assurance sécurité (PAS) listant les réglementations applicables et leur prise en charge",
      "Security assurance plan (PAS) listing the applicable regulations and how they are met"),
  },
  {
    id: "O-12.3.1", section: "12.3", scope: "saas",
    title: t("Respect des réglementations de sécurité en vigueur", "Compliance with security regulations in force"),
    evidence: t("Contrat de sous-traitance RGPD (art. 28) / DPA signé et déclaration de conformité réglementaire",
      "Signed GDPR art. 28 sub-processing contract / DPA and regulatory compliance statement"),
  },
  {
    id: "O-12.3.2", section: "12.3", scope: "saas",
    title: t("Pays d'hébergement déclarés ; hors UE validé par l'établissement", "Hosting countries declared; outside the EU approved by the hospital"),
  },
  {
    id: "O-12.3.3", section: "12.3", scope: "saas",
    title: t("Hébergeur certifié HDS pour les données de santé", "Certified health data host (HDS) for health data"),
    evidence: t("Certificats HDS et ISO 27001 en cours de validité (titulaire et sous-traitants hébergeurs)",
      "Current HDS and ISO 27001 certificates (vendor and hosting sub-processors)"),
  },
  {
    id: "O-12.3.4", section: "12.3", scope: "saas",
    title: t("Conformité RGPD démontrée pour les données nominatives", "GDPR compliance demonstrated for personal data"),
    evidence: t("Démonstration RGPD (AIPD, registre de traitement, mesures par criticité des données)",
      "GDPR demonstration (DPIA, record of processing, measures by data criticality)"),
  },
  {
    id: "O-12.25", section: "12.3", scope: "saas", sic: true,
    title: t("Authentification adaptée ; mots de passe confidentiels au stockage et à la saisie", "Adequate authentication; passwords confidential when stored and typed"),
    evidence: t("Politique d'authentification de l'application : moyens d'authentification, masquage de la saisie, algorithme de stockage des mots de passe",
      "The application's authentication policy: authentication means, masked password entry, password storage algorithm"),
  },
  {
    id: "O-12.3.5", section: "12.3", scope: "saas",
    title: t("Authentification forte pour l'accès aux données de santé", "Strong authentication for access to health data"),
  },
  {
    id: "O-12.3.6", section: "12.3", scope: "saas",
    title: t("Mots de passe jamais stockés en clair ; chiffrement RGS", "Passwords never stored in clear; RGS encryption"),
  },
  {
    id: "O-12.3.7", section: "12.3", scope: "saas",
    title: t("Compte d'audit remis à l'établissement", "Audit account provided to the hospital"),
  },
  {
    id: "O-12.3.8", section: "12.3", scope: "saas",
    title: t("Indisponibilité bornée par le CCTP", "Downtime bounded by the CCTP"),
  },
  {
    id: "O-12.3.9", section: "12.3", scope: "saas",
    title: t("Mode dégradé et passage en mode manuel", "Degraded mode and switch to manual operation"),
    evidence: t("Spécifications fonctionnelles décrivant le mode dégradé, l'extraction périodique imprimable et le passage en mode manuel",
      "Functional specifications describing degraded mode, periodic printable extraction and the switch to manual operation"),
  },
  {
    id: "O-12.3.10", section: "12.3", scope: "saas",
    title: t("Copie exploitable des données 3 mois avant la fin du contrat", "Usable data copy 3 months before the end of the contract"),
    evidence: t("Procès-verbal de remise d'une copie exploitable (champs délimités et décrits) 3 mois avant la fin, pour tests de migration",
      "Record of delivery of a usable copy (delimited, described fields) 3 months before the end, for migration tests"),
  },
  {
    id: "O-12.3.11", section: "12.3", scope: "saas",
    title: t("Copie exploitable des données en fin de contrat", "Usable data copy at the end of the contract"),
    evidence: t("Procès-verbal de remise de la copie exploitable des données en fin de contrat",
      "Record of delivery of the usable data copy at the end of the contract"),
  },
  {
    id: "O-12.3.12", section: "12.3", scope: "saas",
    title: t("Accès aux données réservé aux personnes habilitées", "Data access restricted to authorised people"),
  },
  {
    id: "O-12.3.13", section: "12.3", scope: "saas",
    title: t("Intervenants identifiés, engagement de confidentialité, actions tracées", "Identified staff, confidentiality undertakings, actions traced"),
    evidence: t("Liste des intervenants et engagements de confidentialité individuels signés",
      "List of staff and signed individual confidentiality undertakings (NDAs)"),
  },
  {
    id: "O-12.3.14", section: "12.3", scope: "saas",
    title: t("Destruction des données après restitution, procès-verbal sous 1 mois", "Data destroyed after return, certificate within 1 month"),
    evidence: t("Procédure de destruction et procès-verbal de destruction au plus tard 1 mois après la fin du contrat",
      "Destruction procedure and destruction certificate at most 1 month after the end of the contract"),
  },
  {
    id: "O-12.3.15", section: "12.3", scope: "saas",
    title: t("Résultats des audits HDS transmis sous 10 jours", "HDS audit results sent within 10 days"),
    evidence: t("Rapports des audits de certification, de surveillance et de renouvellement HDS, transmis sous 10 jours",
      "HDS certification, surveillance and renewal audit reports, sent within 10 days"),
  },

  // §12.4 Service hébergé par l'établissement et administré par le titulaire (profile `hosted-admin`).
  {
    id: "O-12.4.1", section: "12.4", scope: "hosted-admin",
    title: t("Composants maintenus à niveau, lutte contre les codes malveillants", "Components kept patched, anti-malware"),
  },
  {
    id: "O-12.4.2", section: "12.4", scope: "hosted-admin",
    title: t("Accès externe d'exploitation selon le chapitre Télémaintenance", "External operations access per the remote-maintenance chapter"),
    evidence: t("Procédure de télémaintenance : moyens d'accès externes, adresses IP sources déclarées, traçabilité des sessions",
      "Remote-maintenance procedure: external access means, declared source IP addresses, session traceability"),
  },
  {
    id: "O-12.4.3", section: "12.4", scope: "hosted-admin",
    title: t("Compte d'audit remis à l'établissement", "Audit account provided to the hospital"),
  },
  {
    id: "O-12.4.4", section: "12.4", scope: "hosted-admin",
    title: t("Échanges avec l'extérieur sécurisés", "Exchanges with the outside secured"),
  },

  // §12.5 Fournisseur de service de développement (profile `dev-provider`).
  {
    id: "O-12.5.1", section: "12.5", scope: "dev-provider",
    title: t("Licences et propriété intellectuelle du code source", "Licences and intellectual property of the source code"),
    evidence: t("Contrat de services précisant licences, propriété intellectuelle du code et durées de validité acceptées",
      "Service contract stating licences, code ownership and accepted validity periods"),
  },
  {
    id: "O-12.5.2", section: "12.5", scope: "dev-provider",
    title: t("Séquestre du code source", "Source code escrow"),
    evidence: t("Accord de séquestre du code source (dépositaire, jalons de dépôt, conditions de levée)",
      "Source code escrow agreement (escrow agent, deposit milestones, release conditions)"),
  },
  {
    id: "O-12.5.3", section: "12.5", scope: "dev-provider",
    title: t("Développement et tests hors production", "Development and testing outside production"),
  },
  {
    id: "O-12.5.4", section: "12.5", scope: "dev-provider",
    title: t("Plan de test défini avec le fournisseur", "Test plan agreed with the provider"),
    evidence: t("Plan de test : programme des tests, données d'entrée et sorties attendues, critères d'évaluation, décisions",
      "Test plan: test programme, inputs and expected outputs, evaluation criteria, follow-up decisions"),
  },
  {
    id: "O-12.5.5", section: "12.5", scope: "dev-provider",
    title: t("Tests de sécurité (authentification, accès, cryptographie, configuration)", "Security tests (authentication, access, cryptography, configuration)"),
    evidence: t("Rapports des tests de sécurité : authentification, restrictions d'accès, cryptographie, codage sécurisé, configurations (systèmes, pare-feux)",
      "Security test reports: authentication, access restrictions, cryptography, secure coding, configurations (systems, firewalls)"),
  },
  {
    id: "O-12.5.6", section: "12.5", scope: "dev-provider",
    title: t("Preuves de tests contre les contenus malveillants", "Evidence of tests against malicious content"),
    evidence: t("Lot de preuves de chaque livraison (manifest.json : empreintes, versions des outils et des règles)",
      "Evidence bundle of each delivery (manifest.json: hashes, tool and rule versions)"),
  },
  {
    id: "O-12.5.7", section: "12.5", scope: "dev-provider",
    title: t("Principes de sécurité OWASP", "OWASP security principles"),
  },
  {
    id: "O-12.5.8", section: "12.5", scope: "dev-provider",
    title: t("Pas de code de source inconnue ou non vérifiée ; code sous copyright décrit", "No code from unknown or unverified sources; copyrighted code described"),
  },
  {
    id: "O-12.5.9", section: "12.5", scope: "dev-provider",
    title: t("Pas d'identifiant codé en dur (utilisateur, mot de passe, certificat, jeton, téléphone)", "No hard-coded identifiers (username, password, certificate, token, phone)"),
  },
  {
    id: "O-12.5.10", section: "12.5", scope: "dev-provider",
    title: t("Développement externalisé supervisé et contractualisé", "Outsourced development supervised and contracted"),
    evidence: t("Contrats avec l'éditeur intégrant le clausier et comptes rendus de supervision par l'équipe projet",
      "Contracts with the vendor including the clausier, and supervision minutes from the project team"),
  },
  {
    id: "O-12.5.11", section: "12.5", scope: "dev-provider",
    title: t("Environnement de développement distinct et cloisonné", "Separate, isolated development environment"),
  },
  {
    id: "O-12.5.12", section: "12.5", scope: "dev-provider",
    title: t("Données de test anonymisées ou pseudonymisées", "Anonymised or pseudonymised test data"),
  },
  {
    id: "O-12.5.13", section: "12.5", scope: "dev-provider",
    title: t("Code source non publié sans autorisation", "Source code not published without authorisation"),
  },
  {
    id: "O-12.5.14", section: "12.5", scope: "dev-provider",
    title: t("Pas de commentaire sensible en production", "No sensitive comments in production"),
  },
  {
    id: "O-12.5.15", section: "12.5", scope: "dev-provider",
    title: t("Tests de sécurité avant et après la mise en production", "Security tests before and after go-live"),
    evidence: t("Rapports des tests de sécurité avant la mise en production (revue de code, test d'intrusion, scan de vulnérabilités) et calendrier des tests après",
      "Security test reports before go-live (code review, penetration test, vulnerability scan) and the schedule of tests after it"),
  },
  {
    id: "O-12.5.16", section: "12.5", scope: "dev-provider",
    title: t("Audits techniques et tests d'intrusion planifiés", "Technical audits and penetration tests planned"),
    evidence: t("Planning d'audit technique et de test d'intrusion avant mise en production, et plan de traitement validé",
      "Technical audit and penetration test schedule before go-live, and the approved remediation plan"),
  },
  {
    id: "O-12.5.17", section: "12.5", scope: "dev-provider",
    title: t("Audit technique annuel à la demande de l'établissement", "Annual technical audit on the hospital's request"),
    evidence: t("Engagement contractuel d'audit annuel (planning sous 60 jours) et calendrier de correction",
      "Contractual annual audit commitment (schedule within 60 days) and remediation calendar"),
  },
  {
    id: "O-12.5.18", section: "12.5", scope: "dev-provider",
    title: t("Audit technique après violation de données", "Technical audit after a personal data breach"),
    evidence: t("Engagement d'audit post-violation aux frais du titulaire (planning sous 15 jours) et calendrier de correction",
      "Post-breach audit commitment at the vendor's cost (schedule within 15 days) and remediation calendar"),
  },

  // §12.6 Service utilisant l'intelligence artificielle (profile `ai`).
  {
    id: "O-12.6.1", section: "12.6", scope: "ai",
    title: t("Usage d'une IA déclaré et documenté", "Use of AI declared and documented"),
  },
  {
    id: "O-12.6.2", section: "12.6", scope: "ai",
    title: t("IA dédiée ou non, mode d'accès, open source ou non", "AI dedicated or not, access mode, open source or not"),
  },
  {
    id: "O-12.6.3", section: "12.6", scope: "ai",
    title: t("Données nominatives et pseudonymisation maintenues dans l'établissement", "Personal data and pseudonymisation kept inside the hospital"),
  },
  {
    id: "O-12.6.4", section: "12.6", scope: "ai",
    title: t("Entrepôt de données de santé : flux et stockages chiffrés", "Health data warehouse: flows and storage encrypted"),
  },
  {
    id: "O-12.6.5", section: "12.6", scope: "ai",
    title: t("Cloud souverain (ou tolérance décidée par l'établissement)", "Sovereign cloud (or tolerance decided by the hospital)"),
  },
  {
    id: "O-12.6.6", section: "12.6", scope: "ai",
    title: t("Conformité au guide ANSSI sur l'IA générative", "Compliance with the ANSSI generative AI guide"),
    evidence: t("Auto-évaluation argumentée au regard des recommandations ANSSI « Recommandations de sécurité pour un système d'IA générative »",
      "Reasoned self-assessment against the ANSSI \"Security recommendations for a generative AI system\""),
  },
  {
    id: "O-12.6.7", section: "12.6", scope: "ai",
    title: t("Conformité à l'AI Act (biais, formation, audit qualité annuel)", "AI Act compliance (bias, training, annual quality audit)"),
    evidence: t("Déclaration de conformité AI Act, biais connus, plan de formation, procès-verbal annuel d'audit qualité",
      "AI Act compliance statement, known biases, training plan, annual quality audit report"),
  },
  {
    id: "O-12.6.8", section: "12.6", scope: "ai",
    title: t("Pas de système d'IA à risque inacceptable (art. 5 AI Act)", "No AI system of unacceptable risk (AI Act art. 5)"),
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
