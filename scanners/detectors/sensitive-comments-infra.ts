// T2-C2 — O-12.5.14: no infrastructure details (IP addresses, internal host names) in comments.
import { commentsApply, scanComments } from "./lib/comment-detector";
import { defineDetector } from "./lib/define";
import { findInternalHosts, findSensitiveIps } from "./lib/infra-mentions";

export const sensitiveCommentsInfra = defineDetector(
  {
    name: "sensitive-comments-infra",
    row: "T2-C2",
    clauses: ["O-12.5.14"],
    severity: "medium",
    basis: { kind: "clause", text: "supprimer tous les commentaires sensibles de leur code avant la mise en production" },
    description: {
      fr: "Les commentaires ne révèlent ni adresse IP (hors boucle locale et plages de documentation) ni nom d'hôte interne.",
      en: "Comments reveal no IP address (except loopback and documentation ranges) and no internal host name.",
    },
    remediation: {
      fr: "Retirer l'adresse du commentaire ; utiliser 192.0.2.0/24, 2001:db8::/32 ou *.example dans les exemples.",
      en: "Remove the address from the comment; use 192.0.2.0/24, 2001:db8::/32 or *.example in examples.",
    },
  },
  commentsApply,
  (file, ctx) => scanComments(file, ctx, (c, cx) => [
    ...findSensitiveIps(c.text).map((m) => ({
      offset: m.index,
      secret: m.value,
      message: m.private
        ? { fr: "adresse IP de réseau interne dans un commentaire", en: "internal network IP address in a comment" }
        : { fr: "adresse IP dans un commentaire", en: "IP address in a comment" },
    })),
    ...findInternalHosts(c.text, cx.profile.gate.internalHostSuffixes).map((m) => ({
      offset: m.index,
      secret: m.value,
      message: { fr: "nom d'hôte interne dans un commentaire", en: "internal host name in a comment" },
    })),
  ]),
);
