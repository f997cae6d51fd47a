// T2-D3 — O-12.5.12: IBANs, e-mail addresses and phone numbers in test data must be fictitious.
import { defineDetector } from "./lib/define";
import { repoOf, type GateHit } from "./lib/context";
import { findEmails } from "./lib/email";
import { findValidIbans, parseIbanAllowlist } from "./lib/iban";
import { LineIndex } from "./lib/lines";
import { isLockfile, isTestPath } from "./lib/paths";
import { findPhones, parsePrefixList } from "./lib/phone";

export const testdataContactsBank = defineDetector(
  {
    name: "testdata-contacts-bank",
    row: "T2-D3",
    clauses: ["O-12.5.12"],
    severity: "high",
    basis: { kind: "clause", text: "anonymisation ou de pseudonymisation des données de production … rendre peu probable, au mieux impossible, l'identification des personnes" },
    description: {
      fr: "Les données de test ne contiennent ni IBAN valide, ni adresse e-mail hors des domaines réservés (RFC 2606/6761), ni numéro de téléphone français hors des plages de fiction ARCEP.",
      en: "Test data holds no valid IBAN, no e-mail outside the reserved domains (RFC 2606/6761) and no French phone number outside the ARCEP fiction ranges.",
    },
    remediation: {
      fr: "Utiliser example.org / *.test, des IBAN à clé invalide (ou listés dans ci/allow/test-ibans.txt) et les numéros de fiction ARCEP.",
      en: "Use example.org / *.test, IBANs with an invalid checksum (or listed in ci/allow/test-ibans.txt) and ARCEP fiction numbers.",
    },
  },
  (path) => isTestPath(path) && !isLockfile(path),
  (file, ctx) => {
    const repo = repoOf(ctx);
    const idx = new LineIndex(file.text);
    const hits: GateHit[] = [];
    for (const m of findValidIbans(file.text, parseIbanAllowlist(repo.read("ci/allow/test-ibans.txt")))) {
      hits.push({ line: idx.lineAt(m.index), secret: m.value, message: { fr: "IBAN français à clé valide", en: "French IBAN with a valid checksum" } });
    }
    for (const m of findEmails(file.text, ctx.profile.gate.hospitalDomains)) {
      const personal = m.kind === "consumer" || m.kind === "hospital";
      hits.push({
        line: idx.lineAt(m.index),
        secret: m.value,
        severity: personal ? "high" : "medium",
        message: m.kind === "hospital"
          ? { fr: "adresse e-mail d'un domaine de l'établissement", en: "e-mail address on a hospital domain" }
          : m.kind === "consumer"
            ? { fr: "adresse e-mail d'une messagerie grand public", en: "consumer mailbox e-mail address" }
            : { fr: "adresse e-mail hors des domaines réservés (example.org, *.test…)", en: "e-mail address outside the reserved domains (example.org, *.test…)" },
      });
    }
    for (const m of findPhones(file.text, parsePrefixList(repo.read("ci/allow/test-phones.txt")))) {
      hits.push({
        line: idx.lineAt(m.index),
        secret: m.value,
        severity: "medium",
        message: { fr: "numéro de téléphone français hors des plages de fiction ARCEP", en: "French phone number outside the ARCEP fiction ranges" },
      });
    }
    return hits;
  },
);
