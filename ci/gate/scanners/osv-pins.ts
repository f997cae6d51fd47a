// Which npm dependency lists osv-scanner can evaluate: lockfiles as they are, and for a
// package.json with no lockfile in its folder or above, its exact pins (`"mathjs": "3.10.1"`)
// written into a minimal temporary package-lock.json. A range (`^2.5.7`), a tag, a URL or a path
// says nothing about the version delivered: it is listed as not evaluated, never as clean.
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, posix } from "node:path";
import { isFixturePath } from "../../../scanners/detectors/lib/paths";

/** npm lockfiles osv-scanner reads (extractors javascript/packagelockjson, yarnlock, pnpmlock, bunlock). */
export const NPM_LOCKFILES = ["package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lock"];

const EXACT = /^=?v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)(?:\+[0-9A-Za-z.-]+)?$/;

/** The exact version a dependency specifier pins, or undefined for ranges, tags, URLs and paths. */
export function exactPin(spec: string): string | undefined {
  return EXACT.exec(spec.trim())?.[1];
}

export interface PinnedManifest {
  /** Repository-relative package.json. */
  manifest: string;
  pins: { name: string; version: string; dev: boolean }[];
  /** `name spec` of every dependency that is not an exact pin. */
  unpinned: string[];
}

export interface DependencyLists {
  /** Repository-relative lockfiles. */
  lockfiles: string[];
  /** package.json files with no lockfile of their own. */
  manifests: PinnedManifest[];
  /** package.json files that could not be read as JSON: name and reason. */
  unreadable: string[];
}

/** Installed packages and test fixtures (a vulnerable app kept as test data) are not the delivery. */
const notDelivered = (p: string): boolean => p.split("/").includes("node_modules") || isFixturePath(p);

/**
 * Lockfiles and lockfile-less manifests among `files` (repository-relative), plus those at the root
 * (with --base, `files` holds only what changed; advisories concern the whole delivery). A manifest is covered
 * by a lockfile in its own folder or any folder above it (npm workspaces keep one at the root).
 */
export function findDependencyLists(root: string, files: string[], includeDev: boolean): DependencyLists {
  const candidates = [...new Set([...files, ...NPM_LOCKFILES, "package.json"])].filter((f) => !notDelivered(f));
  const present = candidates.filter((f) => statSync(join(root, f), { throwIfNoEntry: false })?.isFile());
  const lockfiles = present.filter((f) => NPM_LOCKFILES.includes(posix.basename(f))).sort();
  const lockDirs = new Set(lockfiles.map((f) => posix.dirname(f)));
  const covered = (dir: string): boolean => {
    for (let d = dir; ; d = posix.dirname(d)) {
      if (lockDirs.has(d)) return true;
      if (d === "." || d === "/" || d === "") return false;
    }
  };
  const manifests: PinnedManifest[] = [];
  const unreadable: string[] = [];
  for (const m of present.filter((f) => posix.basename(f) === "package.json").sort()) {
    if (covered(posix.dirname(m))) continue;
    let pkg: Record<string, unknown>;
    try {
      pkg = JSON.parse(readFileSync(join(root, m), "utf8")) as Record<string, unknown>;
    } catch (e) {
      unreadable.push(`${m}: ${(e as Error).message}`);
      continue;
    }
    const out: PinnedManifest = { manifest: m, pins: [], unpinned: [] };
    const groups: [string, boolean][] = [["dependencies", false], ["optionalDependencies", false], ...(includeDev ? [["devDependencies", true] as [string, boolean]] : [])];
    for (const [field, dev] of groups) {
      const deps = pkg[field];
      if (!deps || typeof deps !== "object") continue;
      for (const [name, spec] of Object.entries(deps as Record<string, unknown>)) {
        const version = typeof spec === "string" ? exactPin(spec) : undefined;
        if (version) out.pins.push({ name, version, dev });
        else out.unpinned.push(`${name} ${String(spec)}`);
      }
    }
    if (out.pins.length || out.unpinned.length) manifests.push(out);
  }
  return { lockfiles, manifests, unreadable };
}

/** Writes `<dir>/<n>/package-lock.json` (lockfileVersion 3) holding a manifest's exact pins. */
export function writePinLockfile(dir: string, n: number, m: PinnedManifest): string {
  const folder = join(dir, String(n));
  mkdirSync(folder, { recursive: true });
  const path = join(folder, "package-lock.json");
  const packages: Record<string, unknown> = { "": { name: "pins", dependencies: Object.fromEntries(m.pins.map((p) => [p.name, p.version])) } };
  for (const p of m.pins) packages[`node_modules/${p.name}`] = { version: p.version, ...(p.dev ? { dev: true } : {}) };
  writeFileSync(path, JSON.stringify({ name: "pins", lockfileVersion: 3, requires: true, packages }, null, 2));
  return path;
}
