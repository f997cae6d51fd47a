// T2-P1 — O-12.5.8: every locked package comes from an allowed registry over HTTPS, with a sha512 integrity.
// With `omit-lockfile-registry-resolved`, an entry without `resolved` is from the default registry.
// A weaker hash (sha1, as the registry gives for packages published before npm 5) still verifies
// the download: one finding per lockfile lists them, at medium, instead of one per package.
import type { GateHit } from "./lib/context";
import { defineDetector } from "./lib/define";
import { parseLockfile, sampleList } from "./lib/lockfile";
import { baseName, inNodeModules, isFixturePath } from "./lib/paths";
import { classifyResolved, hostOf } from "./lib/registry";

const KIND_TEXT = {
  git: { fr: "dépendance git", en: "git dependency" },
  http: { fr: "téléchargement en HTTP non chiffré", en: "plain-HTTP download" },
  file: { fr: "archive locale (file:)", en: "local tarball (file:)" },
  "other-scheme": { fr: "schéma d'URL non autorisé", en: "URL scheme not allowed" },
} as const;

export const lockfileProvenance = defineDetector(
  {
    name: "lockfile-provenance",
    row: "T2-P1",
    clauses: ["O-12.5.8"],
    severity: "high",
    basis: { kind: "clause", text: "O-12.5.8 : ne pas utiliser de code provenant d'une source inconnue ou qui n'a pas été vérifiée" },
    description: {
      fr: "Chaque paquet verrouillé provient d'un registre autorisé, en HTTPS, avec une empreinte d'intégrité sha512.",
      en: "Every locked package comes from an allowed registry, over HTTPS, with a sha512 integrity hash.",
    },
    remediation: {
      fr: "Publier le paquet sur le registre autorisé (ou le miroir de l'établissement), puis régénérer package-lock.json avec `npm install`.",
      en: "Publish the package to the allowed registry (or the hospital mirror), then regenerate package-lock.json with `npm install`.",
    },
  },
  (path) => ["package-lock.json", "npm-shrinkwrap.json"].includes(baseName(path)) && !inNodeModules(path) && !isFixturePath(path),
  (file, ctx) => {
    const lock = parseLockfile(file.text);
    if (!lock) return [{ line: 1, message: { fr: "fichier de verrouillage illisible (JSON invalide)", en: "unreadable lockfile (invalid JSON)" } }];
    const allowed = ctx.profile.gate.allowedRegistries;
    const hits: GateHit[] = [];
    const weak: string[] = [];
    for (const e of lock.entries) {
      if (e.workspace || e.link || e.inBundle) continue;
      const what = `${e.name}${e.version ? "@" + e.version : ""}`;
      if (e.resolved) {
        const kind = classifyResolved(e.resolved, allowed);
        if (kind === "userinfo") {
          const u = new URL(e.resolved);
          hits.push({ line: e.line, severity: "critical", secret: u.password || u.username, // as written in the file (decoding `%zz` would throw)
            message: { fr: `${what} : identifiants dans l'URL resolved`, en: `${what}: credentials in the resolved URL` } });
          continue;
        }
        if (kind === "foreign-host") {
          hits.push({ line: e.line, message: { fr: `${what} : registre ${hostOf(e.resolved)} non autorisé`, en: `${what}: registry ${hostOf(e.resolved)} not allowed` } });
        } else if (kind !== "ok") {
          hits.push({ line: e.line, message: { fr: `${what} : ${KIND_TEXT[kind].fr}`, en: `${what}: ${KIND_TEXT[kind].en}` } });
          if (kind === "git") continue;
        }
      }
      if (!e.integrity) {
        hits.push({ line: e.line, message: { fr: `${what} : empreinte d'intégrité absente`, en: `${what}: integrity hash missing` } });
      } else if (!/(^|\s)sha512-/.test(e.integrity)) {
        weak.push(what);
      }
    }
    if (weak.length) {
      const list = sampleList(weak);
      hits.push({ line: 1, severity: "medium", message: {
        fr: `${weak.length} paquet(s) avec une empreinte d'intégrité autre que sha512 : ${list}`,
        en: `${weak.length} package(s) with an integrity hash that is not sha512: ${list}`,
      } });
    }
    return hits;
  },
);
