// package-lock.json / npm-shrinkwrap.json entries (v1 `dependencies`, v2/v3 `packages`).
import { LineIndex } from "./lines";

export interface LockEntry {
  /** `node_modules/a/node_modules/@s/b`, or a workspace folder (`packages/x`). */
  key: string;
  name: string;
  version?: string;
  resolved?: string;
  integrity?: string;
  link?: boolean;
  dev?: boolean;
  inBundle?: boolean;
  hasInstallScript?: boolean;
  license?: unknown;
  /** True for workspace folders and the root (`""`): the project's own code. */
  workspace: boolean;
  line: number;
}

export interface Lockfile {
  version: number;
  entries: LockEntry[];
}

export function nameFromKey(key: string): string {
  const i = key.lastIndexOf("node_modules/");
  return i < 0 ? key : key.slice(i + "node_modules/".length);
}

function lineOfKey(text: string, idx: LineIndex, key: string, from = 0): number {
  const i = text.indexOf(JSON.stringify(key) + ":", from);
  return i < 0 ? 1 : idx.lineAt(i);
}

type Raw = Record<string, unknown>;

/** Parses a lockfile; `undefined` when it is not JSON. */
export function parseLockfile(text: string): Lockfile | undefined {
  let data: Raw;
  try {
    data = JSON.parse(text) as Raw;
  } catch {
    return undefined;
  }
  if (!data || typeof data !== "object") return undefined;
  const version = typeof data.lockfileVersion === "number" ? data.lockfileVersion : 1;
  const entries: LockEntry[] = [];
  const idx = new LineIndex(text);
  const packages = data.packages as Record<string, Raw> | undefined;
  if (packages && typeof packages === "object") {
    for (const [key, p] of Object.entries(packages)) {
      if (!p || typeof p !== "object") continue;
      entries.push(toEntry(key, p, !key.includes("node_modules/"), lineOfKey(text, idx, key)));
    }
    return { version, entries };
  }
  const walk = (deps: Record<string, Raw> | undefined, prefix: string, from: number): void => {
    for (const [name, p] of Object.entries(deps ?? {})) {
      if (!p || typeof p !== "object") continue;
      const key = `${prefix}node_modules/${name}`;
      const line = lineOfKey(text, idx, name, from);
      const e = toEntry(key, p, false, line);
      // v1: `version` holds the URL for git and tarball dependencies.
      if (!e.resolved && typeof p.version === "string" && /^(git|github:|https?:|file:)/.test(p.version)) e.resolved = p.version;
      entries.push(e);
      walk(p.dependencies as Record<string, Raw> | undefined, `${key}/`, from);
    }
  };
  walk(data.dependencies as Record<string, Raw> | undefined, "", 0);
  return { version, entries };
}

function toEntry(key: string, p: Raw, workspace: boolean, line: number): LockEntry {
  const s = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
  return {
    key,
    name: s(p.name) ?? nameFromKey(key),
    version: s(p.version),
    resolved: s(p.resolved),
    integrity: s(p.integrity),
    link: p.link === true,
    dev: p.dev === true,
    inBundle: p.inBundle === true || p.bundled === true,
    hasInstallScript: p.hasInstallScript === true,
    license: p.license ?? p.licenses,
    workspace,
    line,
  };
}

/** The first `shown` items, then how many more: one finding can name many packages and stay short. */
export function sampleList(items: readonly string[], shown = 20): string {
  return items.slice(0, shown).join(", ") + (items.length > shown ? `, … (+${items.length - shown})` : "");
}
