// T2-C5 — O-12.5.7: security-tool suppressions carry a reason (`-- reason`).
import { commentsApply, scanComments } from "./lib/comment-detector";
import { defineDetector } from "./lib/define";

const SECURITY_RULE = /(^|[\s,])(security|@microsoft\/sdl|no-secrets|security-node|no-unsanitized)\//;
const REASON = /(\s--\s*\S{3,}|\b(reason|raison|justification|motif)\s*[:=]\s*\S{3,})/i;

export type Suppression = { offset: number; tool: string };

/** Suppressions without a reason in one comment. */
export function unjustifiedSuppressions(comment: string): Suppression[] {
  const out: Suppression[] = [];
  // A quoted mention (`nosemgrep`) is prose, not a suppression.
  for (const m of comment.matchAll(/(?<![`'"])\bnosemgrep\b[^\n]*/gi)) if (!REASON.test(m[0])) out.push({ offset: m.index, tool: "nosemgrep" });
  for (const m of comment.matchAll(/(?<![`'"])\bgitleaks:allow\b[^\n]*/gi)) if (!REASON.test(m[0])) out.push({ offset: m.index, tool: "gitleaks:allow" });
  for (const m of comment.matchAll(/\beslint-disable(?:-next-line|-line)?\b([^\n]*)/g)) {
    const rest = m[1].replace(/\*\/\s*$/, "");
    const rules = rest.split(/\s--\s/)[0].trim();
    const blanket = rules === "";
    if ((blanket || SECURITY_RULE.test(" " + rules)) && !REASON.test(rest)) out.push({ offset: m.index, tool: blanket ? "eslint-disable (toutes règles)" : "eslint-disable security" });
  }
  return out;
}

export const securityLintSuppressions = defineDetector(
  {
    name: "security-lint-suppressions",
    row: "T2-C5",
    clauses: ["O-12.5.7"],
    severity: "low",
    basis: { kind: "practice" },
    description: {
      fr: "Toute suppression d'alerte d'un outil de sécurité (nosemgrep, gitleaks:allow, eslint-disable security/…) est justifiée.",
      en: "Every suppression of a security tool finding (nosemgrep, gitleaks:allow, eslint-disable security/…) is justified.",
    },
    remediation: {
      fr: "Ajouter la raison après `--` (ex. `// nosemgrep: règle -- entrée validée par X`) ou corriger le code.",
      en: "Add the reason after `--` (e.g. `// nosemgrep: rule -- input validated by X`) or fix the code.",
    },
  },
  commentsApply,
  (file, ctx) => scanComments(file, ctx, (c) => unjustifiedSuppressions(c.text).map((s) => ({
    offset: s.offset,
    message: { fr: `suppression ${s.tool} sans justification`, en: `${s.tool} suppression without a reason` },
  }))),
);
