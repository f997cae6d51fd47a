// T2-C1 — O-12.5.14: no credentials in comments (keywords followed by a value, §4.1 patterns).
import { commentsApply, scanComments } from "./lib/comment-detector";
import { findCredentials } from "./lib/credentials";
import { defineDetector } from "./lib/define";

export const sensitiveCommentsCredentials = defineDetector(
  {
    name: "sensitive-comments-credentials",
    row: "T2-C1",
    clauses: ["O-12.5.14"],
    severity: "high",
    basis: { kind: "clause", text: "supprimer tous les commentaires sensibles de leur code avant la mise en production" },
    description: {
      fr: "Aucun identifiant, mot de passe, clé ou jeton dans les commentaires du code.",
      en: "No user name, password, key or token in code comments.",
    },
    remediation: {
      fr: "Supprimer le commentaire, révoquer le secret s'il est réel, et le ranger dans le coffre de secrets.",
      en: "Remove the comment, revoke the secret if it is real, and keep it in the secret store.",
    },
  },
  commentsApply,
  (file, ctx) => scanComments(file, ctx, (c) => findCredentials(c.text).map((m) => ({
    offset: m.index,
    secret: m.secret,
    severity: m.severity === "critical" ? "critical" : undefined,
    message: { fr: `${m.kind.fr} dans un commentaire`, en: `${m.kind.en} in a comment` },
  }))),
);
