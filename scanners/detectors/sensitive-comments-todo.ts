// T2-C3 — O-12.5.14: no leftover work notes about credentials or security shortcuts in the code.
import { commentsApply, scanComments } from "./lib/comment-detector";
import { defineDetector } from "./lib/define";

const TODO_RE = /\b(TODO|FIXME|HACK|XXX)\b.{0,80}?\b(pass(word)?|mdp|secret|token|credential|auth|bypass|backdoor|disable[ds]? (ssl|tls|auth|csrf))/gi;

export const sensitiveCommentsTodo = defineDetector(
  {
    name: "sensitive-comments-todo",
    row: "T2-C3",
    clauses: ["O-12.5.14"],
    severity: "medium",
    basis: { kind: "clause", text: "supprimer tous les commentaires sensibles de leur code avant la mise en production" },
    description: {
      fr: "Pas de note de travail sensible (TODO/FIXME sur un mot de passe, un contournement d'authentification, TLS désactivé…) avant la mise en production.",
      en: "No sensitive work note (TODO/FIXME about a password, an authentication bypass, disabled TLS…) before release.",
    },
    remediation: {
      fr: "Traiter la note (ticket) et supprimer le commentaire avant la livraison.",
      en: "Resolve the note (ticket) and remove the comment before delivery.",
    },
  },
  commentsApply,
  (file, ctx) => scanComments(file, ctx, (c) => [...c.text.matchAll(TODO_RE)].map((m) => ({
    offset: m.index,
    message: { fr: `note ${m[1].toUpperCase()} sensible (sécurité) dans un commentaire`, en: `sensitive ${m[1].toUpperCase()} note (security) in a comment` },
  }))),
);
