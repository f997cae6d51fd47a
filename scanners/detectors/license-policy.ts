// T2-P7 — O-12.5.8 / O-12.5.1: production dependency licences are allowed (SPDX expressions evaluated).
// npm lockfiles often record no licence: the installed package's own package.json is read then
// (node_modules/<pkg>/package.json, next to the lockfile); packages known by neither are one
// "not evaluated" note for the lockfile, never one finding each.
import type { GateHit } from "./lib/context";
import { repoOf } from "./lib/context";
import { defineDetector } from "./lib/define";
import { parseLockfile, sampleList } from "./lib/lockfile";
import { baseName, dirName, inNodeModules, isFixturePath, joinPath } from "./lib/paths";
import { evaluateLicence } from "./lib/spdx";

function verdictHit(what: string, field: unknown, allow: readonly string[], line: number): GateHit | undefined {
  const { verdict, expression } = evaluateLicence(field, allow);
  if (verdict === "allowed") return undefined;
  if (verdict === "review") {
    return { line, severity: "low", message: { fr: `${what} : licence ${expression} à examiner (copyleft faible)`, en: `${what}: licence ${expression} needs review (weak copyleft)` } };
  }
  return { line, message: { fr: `${what} : licence ${expression} non autorisée`, en: `${what}: licence ${expression} not allowed` } };
}

/** The `license` (or legacy `licenses`) field of an installed package's manifest; undefined when absent. */
function installedLicence(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    const pkg = JSON.parse(text) as { license?: unknown; licenses?: unknown };
    return pkg.license ?? pkg.licenses;
  } catch {
    return undefined;
  }
}

export const licensePolicy = defineDetector(
  {
    name: "license-policy",
    row: "T2-P7",
    clauses: ["O-12.5.8", "O-12.5.1"],
    severity: "high",
    basis: { kind: "profile", key: "gate.licenceAllowlist" },
    description: {
      fr: "Les dépendances de production ont une licence de la liste autorisée ; GPL, AGPL, SSPL, EUPL, CC-BY-NC, licences inconnues ou propriétaires sont refusées, LGPL/MPL examinées. Une licence que ni le lockfile ni le paquet installé n'indique n'est pas évaluée.",
      en: "Production dependencies carry an allowlisted licence; GPL, AGPL, SSPL, EUPL, CC-BY-NC, unknown or proprietary licences fail, LGPL/MPL go to review. A licence recorded neither in the lockfile nor in the installed package is not evaluated.",
    },
    remediation: {
      fr: "Remplacer la dépendance, ou obtenir une décision écrite de l'établissement (dérogation) et l'ajouter à profile.gate.licenceAllowlist. Licences non évaluées : lancer la porte après `npm ci` (node_modules présent) ou joindre un SBOM avec licences.",
      en: "Replace the dependency, or get a written decision from the hospital (waiver) and add it to profile.gate.licenceAllowlist. Licences not evaluated: run the gate after `npm ci` (node_modules present) or provide an SBOM with licences.",
    },
  },
  (path) => ["package-lock.json", "npm-shrinkwrap.json"].includes(baseName(path)) && !inNodeModules(path) && !isFixturePath(path),
  (file, ctx) => {
    const allow = ctx.profile.gate.licenceAllowlist;
    const repo = repoOf(ctx);
    const dir = dirName(file.path);
    const hits: GateHit[] = [];
    const unknown: string[] = [];
    for (const e of parseLockfile(file.text)?.entries ?? []) {
      if (e.workspace || e.link || e.dev) continue;
      const what = `${e.name}@${e.version ?? "?"}`;
      const licence = e.license ?? installedLicence(repo.read(joinPath(dir, `${e.key}/package.json`)));
      if (licence === undefined) {
        unknown.push(what);
        continue;
      }
      const h = verdictHit(what, licence, allow, e.line);
      if (h) hits.push(h);
    }
    if (unknown.length) {
      const list = sampleList(unknown);
      hits.push({
        line: 1,
        severity: "medium",
        message: {
          fr: `licences non évaluées pour ${unknown.length} paquet(s) : ni le lockfile ni un node_modules installé ne les indique (${list})`,
          en: `licences not evaluated for ${unknown.length} package(s): recorded neither in the lockfile nor in an installed node_modules (${list})`,
        },
      });
    }
    return hits;
  },
);
