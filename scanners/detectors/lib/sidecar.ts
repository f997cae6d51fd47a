// Provenance declarations next to test data (`<file>.provenance.yaml`, folder `provenance.yaml`, README).
import { parse } from "yaml";
import type { RepoView } from "./context";
import { baseName, dirName, joinPath } from "./paths";

function declaresSynthetic(text: string | undefined): boolean {
  if (!text) return false;
  let data: unknown;
  try {
    data = parse(text);
  } catch {
    return /^\s*[\w-]+\s*:\s*["']?SYNTHETIC["']?\s*$/im.test(text);
  }
  const walk = (v: unknown, key?: string): boolean => {
    if (typeof v === "string") return v.trim().toUpperCase() === "SYNTHETIC";
    if (v === true) return !!key && /^synthetic$/i.test(key);
    if (Array.isArray(v)) return v.some((x) => walk(x));
    if (v && typeof v === "object") return Object.entries(v).some(([k, x]) => walk(x, k));
    return false;
  };
  return walk(data);
}

/** True when a sidecar declares the file SYNTHETIC (gate check T2-D4, docs/clauses.md). */
export function hasSyntheticSidecar(path: string, repo: RepoView): boolean {
  const dir = dirName(path);
  const base = baseName(path);
  const stem = base.includes(".") ? base.slice(0, base.lastIndexOf(".")) : base;
  const candidates = [`${base}.provenance.yaml`, `${base}.provenance.yml`, `${stem}.provenance.yaml`, `${stem}.provenance.yml`, "provenance.yaml", "provenance.yml"];
  return candidates.some((c) => declaresSynthetic(repo.read(joinPath(dir, c))));
}

const MARKER_FILES = ["provenance.yaml", "provenance.yml", "README.md", "README", "README.txt", "readme.md", "Readme.md"];
const MARKER_RE = /(^|\n)\s*[-*]?\s*\**(generator|générateur|anonymi[sz]ation)\**\s*:/i;

/** True when `dir` holds a README / provenance.yaml declaring a generator or an anonymisation method (T2-D5). */
export function folderDeclaresGenerator(dir: string, repo: RepoView): boolean {
  return MARKER_FILES.some((f) => {
    const t = repo.read(joinPath(dir, f));
    return !!t && MARKER_RE.test(t);
  });
}

export function isMarkerFile(path: string): boolean {
  const b = baseName(path);
  return MARKER_FILES.includes(b) || /\.provenance\.ya?ml$/i.test(b);
}
