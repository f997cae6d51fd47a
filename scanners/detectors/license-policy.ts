// T2-P7 — O-12.5.8 / O-12.5.1: production dependency licences are allowed (SPDX expressions evaluated).
import type { GateHit } from "./lib/context";
import { defineDetector } from "./lib/define";
import { parseLockfile } from "./lib/lockfile";
import { baseName, inNodeModules, isFixturePath } from "./lib/paths";
import { evaluateLicence } from "./lib/spdx";

function verdictHit(what: string, field: unknown, allow: readonly string[], line: number): GateHit | undefined {
  const { verdict, expression } = evaluateLicence(field, allow);
  if (verdict === "allowed") return undefined;
  if (verdict === "review") {
    return { line, severity: "low", message: { fr: `${what} : licence ${expression} à examiner (copyleft faible)`, en: `${what}: licence ${expression} needs review (weak copyleft)` } };
  }
  return { line, message: { fr: `${what} : licence ${expression} non autorisée`, en: `${what}: licence ${expression} not allowed` } };
}

export const licensePolicy = defineDetector(
  {
    name: "license-policy",
    row: "T2-P7",
    clauses: ["O-12.5.8", "O-12.5.1"],
    severity: "high",
    description: {
      fr: "Les dépendances de production ont une licence de la liste autorisée ; GPL, AGPL, SSPL, EUPL, CC-BY-NC, licences inconnues ou propriétaires sont refusées, LGPL/MPL examinées.",
      en: "Production dependencies carry an allowlisted licence; GPL, AGPL, SSPL, EUPL, CC-BY-NC, unknown or proprietary licences fail, LGPL/MPL go to review.",
    },
    remediation: {
      fr: "Remplacer la dépendance, ou obtenir une décision écrite de l'établissement (dérogation) et l'ajouter à profile.gate.licenceAllowlist.",
      en: "Replace the dependency, or get a written decision from the hospital (waiver) and add it to profile.gate.licenceAllowlist.",
    },
  },
  (path) => !isFixturePath(path) && (
    (["package-lock.json", "npm-shrinkwrap.json"].includes(baseName(path)) && !inNodeModules(path))
    || (baseName(path) === "package.json" && inNodeModules(path))),
  (file, ctx) => {
    const allow = ctx.profile.gate.licenceAllowlist;
    if (baseName(file.path) === "package.json") {
      let pkg: { name?: unknown; version?: unknown; license?: unknown; licenses?: unknown; private?: unknown };
      try {
        pkg = JSON.parse(file.text) as typeof pkg;
      } catch {
        return [];
      }
      const line = file.text.split(/\r?\n/).findIndex((l) => /"licen[sc]es?"\s*:/.test(l)) + 1 || 1;
      const h = verdictHit(`${String(pkg.name ?? file.path)}@${String(pkg.version ?? "?")}`, pkg.license ?? pkg.licenses, allow, line);
      return h ? [h] : [];
    }
    const hits: GateHit[] = [];
    for (const e of parseLockfile(file.text)?.entries ?? []) {
      if (e.workspace || e.link || e.dev) continue;
      const h = verdictHit(`${e.name}@${e.version ?? "?"}`, e.license, allow, e.line);
      if (h) hits.push(h);
    }
    return hits;
  },
);
