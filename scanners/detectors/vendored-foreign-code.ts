// T2-P5 — O-12.5.8: no foreign copyrighted or vendored code without a contractual description.
import { parse } from "yaml";
import { globMatch } from "../../policies/core/glob";
import { extractComments, languageOf, lineInComment } from "./lib/comments";
import { repoOf, type GateHit, type RepoView } from "./lib/context";
import { defineDetector } from "./lib/define";
import { baseName, dirName, extOf, inNodeModules, isFixturePath, isLockfile, normPath } from "./lib/paths";
import { evaluateLicence } from "./lib/spdx";

export interface VendoredAllow {
  holders: string[];
  entries: { path: string; description: string }[];
}

/** `ci/allow/vendored.yaml`: `holders: [..]` (the titulaire's and hospital's names) and `entries: [{path, description}]`. */
export function parseVendoredAllow(text: string | undefined): VendoredAllow {
  const out: VendoredAllow = { holders: [], entries: [] };
  if (!text) return out;
  try {
    const d = parse(text) as { holders?: unknown; entries?: unknown } | unknown[] | null;
    const entries = Array.isArray(d) ? d : (d as { entries?: unknown })?.entries;
    const holders = Array.isArray(d) ? [] : (d as { holders?: unknown })?.holders;
    if (Array.isArray(holders)) out.holders = holders.filter((h): h is string => typeof h === "string");
    if (Array.isArray(entries)) {
      for (const e of entries as { path?: unknown; description?: unknown }[]) {
        if (typeof e?.path === "string" && typeof e.description === "string" && e.description.trim()) out.entries.push({ path: e.path, description: e.description });
      }
    }
  } catch {
    /* an unreadable allowlist allows nothing */
  }
  return out;
}

function ownHolders(repo: RepoView, hospital: string, allow: VendoredAllow): string[] {
  const names = [hospital, ...allow.holders];
  try {
    const pkg = JSON.parse(repo.read("package.json") ?? "{}") as { author?: unknown; contributors?: unknown };
    for (const a of [pkg.author, ...(Array.isArray(pkg.contributors) ? pkg.contributors : [])]) {
      if (typeof a === "string") names.push(a.replace(/<.*?>|\(.*?\)/g, "").trim());
      else if (a && typeof (a as { name?: unknown }).name === "string") names.push((a as { name: string }).name);
    }
  } catch {
    /* no root package.json */
  }
  return names.map(holderKey).filter((n) => n.length >= 2);
}

/**
 * A holder name compared without case, accents or their transliterations: the same author writes
 * "Björn" in package.json and "Bjoern" in file headers (OWASP Juice Shop), "Hélène" or "Helene".
 */
function holderKey(name: string): string {
  return name.trim().toLowerCase().replace(/ß/g, "ss").replace(/([aou])e/g, "$1").normalize("NFD").replace(/\p{M}/gu, "");
}

const COPYRIGHT_RE = /\bcopyright\s*(?:\(c\)|©)\s*(?:(?:\d{4})(?:\s*[-–,]\s*\d{4})*,?\s*)?([^\n*]{2,120})/gi;
const SPDX_RE = /SPDX-License-Identifier:\s*([^\n*]+?)\s*(?:\*\/|-->|$)/gim;
const VENDOR_RE = /^(.*?(?:^|\/)(?:vendor|third_party|third-party|lib\/external)\/[^/]+)/;

export function isMinified(path: string, text: string): boolean {
  if (/\.min\.(js|mjs|cjs|css)$/i.test(path)) return true;
  if (!["js", "mjs", "cjs", "css"].includes(extOf(path)) || text.length < 2048) return false;
  const lines = text.split("\n");
  return lines.some((l) => l.length > 2000) && text.length / lines.length > 300;
}

const ROOT_NOTICE = /^(LICENSE|LICENCE|COPYING|NOTICE)(\.(md|txt))?$/i;

export const vendoredForeignCode = defineDetector(
  {
    name: "vendored-foreign-code",
    row: "T2-P5",
    clauses: ["O-12.5.8"],
    severity: "high",
    basis: { kind: "clause", text: "l'utilisation d'un code sous copyright est également prohibée, ou doit comporter une description contractuelle" },
    description: {
      fr: "Pas de code sous copyright d'un tiers, de licence hors liste, de dossier vendor/third_party ni de fichier minifié dans les sources sans description contractuelle (ci/allow/vendored.yaml).",
      en: "No third-party copyrighted code, off-list licence, vendor/third_party folder or minified source file without a contractual description (ci/allow/vendored.yaml).",
    },
    remediation: {
      fr: "Remplacer par une dépendance du registre, ou décrire le code repris (origine, licence, contrat) dans ci/allow/vendored.yaml.",
      en: "Replace with a registry dependency, or describe the copied code (origin, licence, contract) in ci/allow/vendored.yaml.",
    },
  },
  (path) => !inNodeModules(path) && !isFixturePath(path) && !isLockfile(path)
    && (!!languageOf(path) || VENDOR_RE.test(normPath(path)) || isMinified(path, "")) && !(dirName(path) === "" && ROOT_NOTICE.test(baseName(path))),
  (file, ctx) => {
    const repo = repoOf(ctx);
    const allow = parseVendoredAllow(repo.read("ci/allow/vendored.yaml"));
    const allowed = (p: string): boolean => allow.entries.some((e) => globMatch(e.path, p) || globMatch(e.path.replace(/\/?$/, "/*"), p));
    const path = normPath(file.path);
    if (allowed(path)) return [];
    const hits: GateHit[] = [];
    const vendor = VENDOR_RE.exec(path);
    if (vendor) {
      if (!allowed(vendor[1])) {
        hits.push({ line: 0, file: vendor[1], message: { fr: "code tiers embarqué (vendor/third_party) sans description contractuelle", en: "vendored third-party code (vendor/third_party) without a contractual description" } });
      }
      return hits;
    }
    if (/(^|\/)src\//.test(path) && isMinified(path, file.text)) {
      hits.push({ line: 1, message: { fr: "fichier minifié dans les sources (code d'origine non vérifiable)", en: "minified file in the sources (origin cannot be reviewed)" } });
    }
    const own = ownHolders(repo, ctx.profile.hospital, allow);
    const lang = languageOf(path);
    const comments = lang && lang !== "html" ? extractComments(path, file.text) : [{ index: 0, line: 1, text: file.text }];
    for (const c of comments) {
      for (const m of c.text.matchAll(COPYRIGHT_RE)) {
        const holder = m[1].replace(/\b(all rights reserved|tous droits réservés)\b.*$/i, "").replace(/[.\s]+$/, "").trim();
        if (!holder || /^(holder|owner|<|\[|\$\{|year|{{)/i.test(holder)) continue;
        const h = holderKey(holder);
        if (own.some((o) => h.includes(o) || o.includes(h))) continue;
        hits.push({ line: lineInComment(c, m.index), message: { fr: `mention de copyright d'un tiers (${holder.slice(0, 60)})`, en: `third-party copyright notice (${holder.slice(0, 60)})` } });
      }
      for (const m of c.text.matchAll(SPDX_RE)) {
        const { verdict, expression } = evaluateLicence(m[1], ctx.profile.gate.licenceAllowlist);
        if (verdict === "allowed") continue;
        hits.push({
          line: lineInComment(c, m.index),
          severity: verdict === "review" ? "medium" : undefined,
          message: { fr: `identifiant SPDX ${expression} hors liste autorisée`, en: `SPDX identifier ${expression} not in the allowlist` },
        });
      }
    }
    return hits;
  },
);
