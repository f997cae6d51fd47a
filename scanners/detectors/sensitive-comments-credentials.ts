// T2-C1 — O-12.5.14: no credentials in comments (keywords followed by a value, §4.1 patterns).
import { commentsApply, scanComments } from "./lib/comment-detector";
import { findCredentials, type CredentialMatch } from "./lib/credentials";
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
  (file, ctx) => scanComments(file, ctx, (c) => findCredentials(c.text).filter((m) => !isCodeValue(c.text, m)).map((m) => ({
    offset: m.index,
    secret: m.secret,
    severity: m.severity === "critical" ? "critical" : undefined,
    message: { fr: `${m.kind.fr} dans un commentaire`, en: `${m.kind.en} in a comment` },
  }))),
);

/**
 * Commented-out code rather than a value: an unquoted right-hand side of `keyword: …` / `= …` /
 * `=> …` that is a function call (`bcrypt.hashSync(password, …)`, `getPassword()`), a member
 * expression of identifiers (`this.userPassword`, `bcrypt.hash`), or a camelCase identifier made of
 * letters only (`hashedPassword`, `newToken`). A quoted literal is always a value, and so is a bare
 * token with digits or symbols (`S3cr3t!2024`, `Pa55.word`).
 */
export function isCodeValue(text: string, m: CredentialMatch): boolean {
  const at = text.indexOf(m.secret, m.index);
  if (at <= 0) return false;
  const before = text.slice(m.index, at);
  if (/['"`]$/.test(before) || !/(?:[:=]|=>)\s*$/.test(before)) return false;
  const v = m.secret;
  const next = text.slice(at + v.length).trimStart();
  if (v.includes("(") || next.startsWith("(")) return true;
  if (/^[A-Za-z_$][A-Za-z_$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(v)) return true;
  return /^[a-z_$][a-z]*(?:[A-Z][a-z]+)+$/.test(v);
}
