// T2-E3 — O-12.5.13: the hospital's code is not published by accident (private package, no publish token).
import { isPlaceholder } from "./lib/credentials";
import type { GateHit } from "./lib/context";
import { defineDetector } from "./lib/define";
import { baseName, inNodeModules, isFixturePath } from "./lib/paths";

const PUBLIC_REGISTRIES = ["registry.npmjs.org", "registry.yarnpkg.com", "npm.pkg.github.com"];

export const noAccidentalPublish = defineDetector(
  {
    name: "no-accidental-publish",
    row: "T2-E3",
    clauses: ["O-12.5.13"],
    severity: "medium",
    basis: { kind: "clause", text: "Les développeurs ne doivent pas publier le code source … doit demander autorisation à l'ETABLISSEMENT de SANTÉ" },
    description: {
      fr: "package.json porte `\"private\": true` (sauf publication open source autorisée par l'établissement) et aucun .npmrc ne contient de jeton de publication.",
      en: "package.json carries `\"private\": true` (unless the hospital authorised open-sourcing) and no .npmrc holds a publish token.",
    },
    remediation: {
      fr: "Ajouter `\"private\": true`, retirer publishConfig vers un registre public et le jeton `_authToken` du dépôt (variable de CI à la place).",
      en: "Add `\"private\": true`, drop publishConfig to a public registry and the `_authToken` from the repository (CI variable instead).",
    },
  },
  (path) => !inNodeModules(path) && !isFixturePath(path) && ["package.json", ".npmrc"].includes(baseName(path)),
  (file) => {
    const hits: GateHit[] = [];
    const lines = file.text.split(/\r?\n/);
    if (baseName(file.path) === ".npmrc") {
      lines.forEach((l, i) => {
        const m = /^\s*(?:\/\/[^\s=]*:)?(_authToken|_auth|_password)\s*=\s*(\S+)/.exec(l);
        if (!m) return;
        const literal = !isPlaceholder(m[2]);
        hits.push(literal
          ? { line: i + 1, severity: "high", secret: m[2], message: { fr: `.npmrc contient un jeton ${m[1]} en clair`, en: `.npmrc holds a plaintext ${m[1]}` } }
          : { line: i + 1, message: { fr: `.npmrc configure un jeton ${m[1]} (publication possible)`, en: `.npmrc configures a ${m[1]} (publishing possible)` } });
      });
      return hits;
    }
    let pkg: { private?: unknown; publishConfig?: { registry?: unknown } };
    try {
      pkg = JSON.parse(file.text) as typeof pkg;
    } catch {
      return [];
    }
    if (pkg.private !== true) {
      const l = lines.findIndex((x) => /"(private|name)"\s*:/.test(x)) + 1 || 1;
      hits.push({ line: l, message: { fr: "package.json sans `\"private\": true` : `npm publish` publierait le code", en: "package.json without `\"private\": true`: `npm publish` would publish the code" } });
    }
    const reg = pkg.publishConfig?.registry;
    if (typeof reg === "string" && PUBLIC_REGISTRIES.some((r) => reg.includes(r))) {
      const l = lines.findIndex((x) => /"publishConfig"\s*:/.test(x)) + 1 || 1;
      hits.push({ line: l, message: { fr: "publishConfig vise un registre public", en: "publishConfig targets a public registry" } });
    }
    return hits;
  },
);
