// The one place that knows the real scanners. Each is loaded lazily, inside its own run(), so a
// missing or broken scanner module costs nothing until used and then fails closed: it becomes a
// "failed" result with the reason, and the other scanners still run.
import type { Scanner, ScannerResult } from "./types";

interface ScannerModule {
  /** Result name, used until the module is loaded (and if it cannot be). */
  name: string;
  /** Path relative to this file. */
  module: string;
  exportName: string;
}

export const SCANNER_MODULES: readonly ScannerModule[] = [
  { name: "semgrep", module: "./scanners/semgrep", exportName: "semgrepScanner" },
  { name: "gitleaks", module: "./scanners/gitleaks", exportName: "gitleaksScanner" },
  { name: "clausier-detectors", module: "./scanners/detectors", exportName: "detectorsScanner" },
  { name: "advisories", module: "./scanners/vulns", exportName: "vulnsScanner" },
];

export type ModuleLoader = (specifier: string) => Promise<Record<string, unknown>>;

/**
 * require() first: the CLI runs under tsx's CommonJS hook, like main.ts. import() second: the
 * test runner resolves TypeScript through its own ESM pipeline, where require cannot.
 */
export const defaultLoader: ModuleLoader = async (specifier) => {
  let firstError: unknown;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(specifier) as Record<string, unknown>;
  } catch (e) {
    firstError = e;
  }
  try {
    return (await import(specifier)) as Record<string, unknown>;
  } catch (e) {
    // Report the more telling error: a syntax error beats "cannot find module".
    const notFound = (x: unknown) => /MODULE_NOT_FOUND|ERR_MODULE_NOT_FOUND|Cannot find module/.test(`${(x as { code?: string })?.code} ${(x as Error)?.message}`);
    throw notFound(e) && !notFound(firstError) ? firstError : e;
  }
};

function unavailable(name: string, reason: string): ScannerResult {
  return { name, version: "unknown", status: "failed", durationMs: 0, reason, findings: [] };
}

/** A scanner that loads the real one on first run and delegates to it. */
export function lazyScanner(def: ScannerModule, load: ModuleLoader = defaultLoader): Scanner {
  let real: Promise<Scanner | string> | undefined;
  const resolve = () => real ??= load(def.module).then(
    (mod) => {
      const s = mod[def.exportName] as Scanner | undefined;
      if (!s || typeof s !== "object" || typeof s.run !== "function") return `module ${def.module} does not export a scanner named ${def.exportName}`;
      return s;
    },
    (e: unknown) => `scanner module ${def.module} could not be loaded: ${((e as Error)?.message ?? String(e)).split("\n")[0]}`,
  );
  return {
    name: def.name,
    async run(input) {
      const s = await resolve();
      if (typeof s === "string") return unavailable(def.name, s);
      return s.run(input);
    },
  };
}

/** Every scanner the gate runs by default. */
export function defaultScanners(load: ModuleLoader = defaultLoader): Scanner[] {
  return SCANNER_MODULES.map((m) => lazyScanner(m, load));
}
