// T2-C4 — O-12.5.14 / O-12.5.12: no patient identifiers or personal data in comments, anywhere.
import { commentsApply, scanComments } from "./lib/comment-detector";
import { defineDetector } from "./lib/define";
import { findEmails } from "./lib/email";
import { findValidIbans } from "./lib/iban";
import { findIns } from "./lib/ins";
import { findNirs } from "./lib/nir";

export const sensitiveCommentsPatient = defineDetector(
  {
    name: "sensitive-comments-patient",
    row: "T2-C4",
    clauses: ["O-12.5.14", "O-12.5.12"],
    severity: "critical",
    basis: { kind: "clause", text: "supprimer tous les commentaires sensibles de leur code avant la mise en production" },
    description: {
      fr: "Aucun identifiant de patient (NIR, INS), IBAN ou adresse e-mail personnelle dans les commentaires.",
      en: "No patient identifier (NIR, INS), IBAN or personal e-mail address in comments.",
    },
    remediation: {
      fr: "Supprimer la donnée du commentaire et de l'historique git si elle est réelle ; prévenir le DPO.",
      en: "Remove the value from the comment and from git history if it is real; inform the DPO.",
    },
  },
  commentsApply,
  (file, ctx) => scanComments(file, ctx, (c, cx) => [
    ...findNirs(c.text).filter((m) => m.keyValid).map((m) => ({
      offset: m.index, secret: m.value,
      message: { fr: "NIR à clé valide dans un commentaire", en: "key-valid NIR in a comment" },
    })),
    ...findIns(c.text).map((m) => ({
      offset: m.index, secret: m.value,
      message: { fr: "INS (OID de production) dans un commentaire", en: "INS (production OID) in a comment" },
    })),
    ...findValidIbans(c.text).map((m) => ({
      offset: m.index, secret: m.value, severity: "high" as const,
      message: { fr: "IBAN à clé valide dans un commentaire", en: "checksum-valid IBAN in a comment" },
    })),
    ...findEmails(c.text, cx.profile.gate.hospitalDomains).filter((m) => m.kind !== "other").map((m) => ({
      offset: m.index, secret: m.value, severity: "high" as const,
      message: m.kind === "hospital"
        ? { fr: "adresse e-mail d'un domaine de l'établissement dans un commentaire", en: "hospital-domain e-mail address in a comment" }
        : { fr: "adresse e-mail personnelle (messagerie grand public) dans un commentaire", en: "personal (consumer mailbox) e-mail address in a comment" },
    })),
  ]),
);
