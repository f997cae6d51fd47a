// T2-P6 — O-12.5.8: code copied from forums, pastebins or chatbots is reviewed (`provenance-reviewed:<ticket>`).
import { commentsApply, scanComments } from "./lib/comment-detector";
import { defineDetector } from "./lib/define";

// `(?<![\w.-])` and a lazy run: the subdomain prefix starts only once per run of name characters,
// so a megabyte of `a.a.a.…` is read once instead of once per position (quadratic).
const SOURCES = /\b(stackoverflow\.com\/(?:questions|q|a)\/|(?<![\w.-])[\w.-]*?stackexchange\.com|gist\.github\.com|codepen\.io|jsfiddle\.net|pastebin\.com|chat\.openai\.com|chatgpt\.com)/gi;
const REVIEWED = /provenance-reviewed:\s*[\w#./-]+/i;

export const unverifiedSnippetSources = defineDetector(
  {
    name: "unverified-snippet-sources",
    row: "T2-P6",
    clauses: ["O-12.5.8"],
    severity: "medium",
    basis: { kind: "clause", text: "ne doivent en aucun cas utiliser du code provenant d'une source inconnue ou qui n'a pas été vérifiée (forums, internet, etc.)" },
    description: {
      fr: "Le code repris d'un forum, d'un gist, d'un pastebin ou d'un assistant conversationnel porte une revue de provenance (`provenance-reviewed:<ticket>`).",
      en: "Code taken from a forum, gist, pastebin or chatbot carries a provenance review (`provenance-reviewed:<ticket>`).",
    },
    remediation: {
      fr: "Faire relire le code, vérifier sa licence, puis ajouter `provenance-reviewed:<ticket>` dans le même commentaire (O-12.5.8).",
      en: "Have the code reviewed, check its licence, then add `provenance-reviewed:<ticket>` to the same comment (O-12.5.8).",
    },
  },
  commentsApply,
  (file, ctx) => scanComments(file, ctx, (c, _cx, all, i) => {
    const neighbours = [all[i - 1], c, all[i + 1]].filter((x) => x && Math.abs(x.line - c.line) <= 1);
    if (neighbours.some((x) => REVIEWED.test(x.text))) return [];
    return [...c.text.matchAll(SOURCES)].map((m) => ({
      offset: m.index,
      message: { fr: `extrait de source non vérifiée (${m[1].toLowerCase().replace(/\/.*$/, "")}) sans revue de provenance`, en: `snippet from an unverified source (${m[1].toLowerCase().replace(/\/.*$/, "")}) without a provenance review` },
    }));
  }),
);
