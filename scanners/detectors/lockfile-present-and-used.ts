// T2-P2 — O-12.5.8: a lockfile exists, CI installs with `npm ci`, and package.json specs do not bypass the registry.
import { globMatch } from "../../policies/core/glob";
import { repoOf, type GateHit, type RepoView } from "./lib/context";
import { defineDetector } from "./lib/define";
import { baseName, dirName, inNodeModules, isFixturePath, joinPath, normPath } from "./lib/paths";

const LOCKS = ["package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml"];
const DEP_FIELDS = ["dependencies", "devDependencies", "optionalDependencies"] as const;

export type SpecKind = "registry" | "git" | "url" | "tarball" | "local";

/** What a package.json dependency spec points at. */
export function specKind(spec: string): SpecKind {
  const s = spec.trim();
  if (/^(npm|workspace):/.test(s)) return "registry";
  if (/^(git\+|git:|git@|github:|gitlab:|bitbucket:|gist:|ssh:)/i.test(s)) return "git";
  if (/^https?:/i.test(s)) return /\.(tgz|tar\.gz|tar)(\?|#|$)/i.test(s) ? "tarball" : "url";
  if (/^(file:|link:|\.{1,2}\/|\/|~\/)/.test(s)) return /\.(tgz|tar\.gz|tar)$/i.test(s) ? "tarball" : "local";
  if (/^[\w.-]+\/[\w.-]+(#.*)?$/.test(s)) return "git";
  return "registry";
}

function hasLockAbove(dir: string, repo: RepoView): boolean {
  let d = dir;
  for (;;) {
    if (LOCKS.some((l) => repo.exists(joinPath(d, l)))) return true;
    if (!d) return false;
    d = dirName(d);
  }
}

function workspaceGlobs(repo: RepoView): string[] {
  try {
    const root = JSON.parse(repo.read("package.json") ?? "{}") as { workspaces?: string[] | { packages?: string[] } };
    const ws = Array.isArray(root.workspaces) ? root.workspaces : root.workspaces?.packages ?? [];
    return ws.map((w) => normPath(w).replace(/\/$/, ""));
  } catch {
    return [];
  }
}

function resolveLocal(fromDir: string, spec: string): string {
  const p = spec.replace(/^(file:|link:)/, "");
  const parts = (fromDir ? fromDir.split("/") : []).concat(p.split("/"));
  const out: string[] = [];
  for (const x of parts) {
    if (x === "" || x === ".") continue;
    if (x === "..") out.pop();
    else out.push(x);
  }
  return out.join("/");
}

const CI_FILE = /(^|\/)(\.github\/workflows\/[^/]+\.ya?ml|\.gitlab-ci\.yml|azure-pipelines\.ya?ml|bitbucket-pipelines\.yml|Jenkinsfile|\.ci\/[^/]+)$/;

export const lockfilePresentAndUsed = defineDetector(
  {
    name: "lockfile-present-and-used",
    row: "T2-P2",
    clauses: ["O-12.5.8"],
    severity: "high",
    basis: { kind: "clause", text: "ne doivent en aucun cas utiliser du code provenant d'une source inconnue ou qui n'a pas été vérifiée" },
    description: {
      fr: "Le projet a un fichier de verrouillage, la CI installe avec `npm ci`, et package.json ne référence ni git, ni URL, ni archive, ni chemin local hors workspaces.",
      en: "The project has a lockfile, CI installs with `npm ci`, and package.json references no git, URL, tarball or local path outside workspaces.",
    },
    remediation: {
      fr: "Versionner package-lock.json, remplacer `npm install` par `npm ci` en CI, et publier les dépendances sur le registre autorisé.",
      en: "Commit package-lock.json, use `npm ci` instead of `npm install` in CI, and publish dependencies to the allowed registry.",
    },
  },
  (path) => !inNodeModules(path) && !isFixturePath(path) && (baseName(path) === "package.json" || CI_FILE.test(normPath(path))),
  (file, ctx) => {
    const repo = repoOf(ctx);
    const hits: GateHit[] = [];
    if (baseName(file.path) !== "package.json") {
      file.text.split(/\r?\n/).forEach((l, i) => {
        if (/^\s*#/.test(l)) return;
        const m = /\bnpm\s+(install|i|add)\b((?:\s+--?[\w-]+(?:=\S+)?)*)\s*(?:$|&&|;|\||\)|"|')/.exec(l);
        if (m) hits.push({ line: i + 1, message: { fr: "la CI installe avec `npm install` au lieu de `npm ci`", en: "CI installs with `npm install` instead of `npm ci`" } });
      });
      return hits;
    }
    let pkg: Record<string, unknown>;
    try {
      pkg = JSON.parse(file.text) as Record<string, unknown>;
    } catch {
      return [];
    }
    const lines = file.text.split(/\r?\n/);
    const lineOf = (name: string): number => {
      const i = lines.findIndex((l) => l.includes(JSON.stringify(name) + ":") || l.includes(JSON.stringify(name) + " :"));
      return i < 0 ? 1 : i + 1;
    };
    const dir = dirName(file.path);
    const ws = workspaceGlobs(repo);
    let count = 0;
    for (const field of DEP_FIELDS) {
      const deps = pkg[field];
      if (!deps || typeof deps !== "object") continue;
      for (const [name, spec] of Object.entries(deps as Record<string, unknown>)) {
        count++;
        if (typeof spec !== "string") continue;
        const kind = specKind(spec);
        if (kind === "registry") continue;
        if (kind === "local" && ws.some((g) => globMatch(g, resolveLocal(dir, spec)))) continue;
        const label = { git: ["dépôt git", "git repository"], url: ["URL", "URL"], tarball: ["archive", "tarball"], local: ["chemin local hors workspaces", "local path outside workspaces"] }[kind];
        hits.push({ line: lineOf(name), message: { fr: `dépendance ${name} : ${label[0]} au lieu du registre`, en: `dependency ${name}: ${label[1]} instead of the registry` } });
      }
    }
    if (count > 0 && !hasLockAbove(dir, repo)) {
      hits.push({ line: 1, message: { fr: "aucun fichier de verrouillage (package-lock.json) pour ce package.json", en: "no lockfile (package-lock.json) for this package.json" } });
    }
    return hits;
  },
);
