// google/osv-scanner (v2, pinned in scripts/tool-versions.sh) as the dependency scanner: it reads
// the npm lockfiles we name and matches their packages against OSV advisories, offline from a local
// database directory (profile `gate.osvDatabase`) or online (api.osv.dev). Facts taken from its
// v2.6.0 source, not its docs:
//   - `--offline` = `--offline-vulnerabilities` + `--no-resolve`; the hidden `--local-db-path DIR`
//     (env OSV_SCANNER_LOCAL_DB_CACHE_DIRECTORY) makes osv-scalibr read `DIR/osv-scalibr/<ecosystem>/all.zip`
//     (osvlocal/matcher.go, zip.go: docs/offline-mode.md still says `osv-scanner/`);
//   - records in all.zip that are not valid OSV JSON are skipped silently (zip.go, loadZipFile);
//   - exit codes: 0 no vulnerability, 1 vulnerabilities found, 128 no packages, 127 any error
//     (cmd/osv-scanner/internal/cmd/run.go). The JSON report carries the full OSV records.
import { lookup } from "node:dns/promises";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join } from "node:path";
import { parseToolJson, pinnedVersion, runFailure, runTool, stderrHint, toolRun, type ToolLookup } from "./process";
import type { ScanInput } from "../types";

export const OSV_SCANNER_LOOKUP: ToolLookup = { name: "osv-scanner", envVar: "CLAUSIER_OSV_SCANNER", versionKey: "OSV_SCANNER_VERSION", cachePrefix: "osv-scanner" };

/** An OSV record as osv-scanner prints it (only what the SLA needs). */
export interface OsvVuln {
  id: string;
  aliases?: string[];
  published?: string;
  modified?: string;
  summary?: string;
  severity?: { type: string; score: string }[];
  database_specific?: { severity?: string };
  affected?: { database_specific?: { severity?: string }; ecosystem_specific?: { severity?: string } }[];
}

export interface OsvPackageResult {
  /** The lockfile as given to osv-scanner (absolute). */
  source: string;
  name: string;
  version: string;
  /** True when the lockfile marks the package as needed for development only. */
  devOnly: boolean;
  vulns: OsvVuln[];
}

export type OsvOutcome =
  | { kind: "ok"; version: string; database: string; packages: OsvPackageResult[] }
  | { kind: "failed"; version: string; reason: string }
  | { kind: "not-evaluated"; version: string; reason: string };

interface OsvJson {
  results?: {
    source?: { path?: string };
    packages?: { package?: { name?: string; version?: string; ecosystem?: string }; dependency_groups?: string[]; vulnerabilities?: OsvVuln[] }[];
  }[];
}

/** Where a hospital's database directory keeps npm/all.zip: osv-scanner's own layouts, then the bucket's. */
const DB_LAYOUTS = ["osv-scalibr", "osv-scanner", "."];

/** The folder holding `npm/all.zip` inside the profile's directory, or why there is none. */
export function locateDatabase(dir: string): { base: string } | { error: string } {
  const key = "gate.osvDatabase";
  if (!isAbsolute(dir)) return { error: `${key} ${dir}: must be an absolute path` };
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return { error: `${key} ${dir}: no such directory` };
  for (const sub of DB_LAYOUTS) {
    const zip = join(dir, sub, "npm", "all.zip");
    if (existsSync(zip) && statSync(zip).isFile()) return { base: join(dir, sub) };
  }
  const found = readdirSync(dir).slice(0, 5).join(", ") || "empty";
  return { error: `${key} ${dir}: no npm/all.zip (looked in ${DB_LAYOUTS.map((s) => (s === "." ? "" : `${s}/`) + "npm/all.zip").join(", ")}; found: ${found})` };
}

export interface OsvRunOptions {
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  /** Resolves a host name, or rejects (tests replace it). */
  resolveHost?: (host: string) => Promise<unknown>;
}

const OSV_API_HOST = "api.osv.dev";
const UNREACHABLE = "base de vulnérabilités injoignable / advisory database unreachable (no gate.osvDatabase in the profile)";

/**
 * Online without a proxy, a host name that does not resolve means no network: say so at once
 * rather than wait through osv-scanner's retries (about 16 s). With a proxy, osv-scanner decides.
 */
async function unreachableReason(env: NodeJS.ProcessEnv, resolveHost: (host: string) => Promise<unknown>): Promise<string | undefined> {
  if (env.HTTPS_PROXY || env.https_proxy || env.ALL_PROXY || env.all_proxy) return undefined;
  try {
    await Promise.race([resolveHost(OSV_API_HOST), new Promise((_, reject) => setTimeout(() => reject(new Error("no answer within 3 s")), 3000).unref())]);
    return undefined;
  } catch (e) {
    return `${OSV_API_HOST}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`;
  }
}

/** osv-scanner ends its log with a generic line ("extraction failed on specified lockfile"): show its first error. */
function errorHint(stderr: string): string {
  const first = stderr.split(/\r?\n/).find((l) => /^Error\b/.test(l.trim()));
  return stderrHint(first ?? stderr);
}

/** Runs the pinned osv-scanner on the given lockfiles (absolute paths). */
export async function runOsvScanner(input: ScanInput, lockfiles: string[], options: OsvRunOptions = {}): Promise<OsvOutcome> {
  const { env, bin, timeoutMs } = toolRun("osv-scanner", OSV_SCANNER_LOOKUP, input, options);
  const limit = Math.min(60_000, timeoutMs);
  const versionRun = await runTool({ tool: "osv-scanner", command: bin, args: ["--version"], env, signal: input.signal, timeoutMs: limit });
  const versionFailure = runFailure(versionRun, [0]);
  if (versionFailure) return { kind: "failed", version: "unknown", reason: versionFailure };
  const version = /osv-scanner version:\s*(\S+)/.exec(versionRun.stdout)?.[1];
  const pinned = pinnedVersion(OSV_SCANNER_LOOKUP.versionKey)?.replace(/^v/, "");
  if (!version || version !== pinned) {
    return { kind: "failed", version: version ?? "unknown", reason: `osv-scanner ${version ?? "(no version printed)"} at ${bin} is not the pinned ${pinned ?? "(no pin)"}: run scripts/bootstrap.sh osv` };
  }

  const dbDir = input.profile.gate.osvDatabase;
  let work: string | undefined;
  const args = ["scan", "source", "--format", "json", "--verbosity", "error"];
  let database = "online (api.osv.dev)";
  try {
    if (dbDir) {
      const db = locateDatabase(dbDir);
      if ("error" in db) return { kind: "failed", version, reason: db.error };
      // osv-scanner wants DIR/osv-scalibr/npm/all.zip: a private folder whose osv-scalibr links to
      // the hospital's database accepts every layout and never writes into it.
      work = mkdtempSync(join(tmpdir(), "clausier-osv-"));
      symlinkSync(db.base, join(work, "osv-scalibr"), "dir");
      args.push("--offline", "--local-db-path", work);
      database = `offline ${dbDir} (npm/all.zip of ${statSync(join(db.base, "npm", "all.zip")).mtime.toISOString().slice(0, 10)})`;
    } else {
      const down = await unreachableReason(env, options.resolveHost ?? lookup);
      if (down) return { kind: "not-evaluated", version, reason: `${UNREACHABLE}: ${down}` };
    }
    for (const l of lockfiles) args.push("--lockfile", l);
    const run = await runTool({ tool: "osv-scanner", command: bin, args, env, signal: input.signal, timeoutMs });
    if (run.failure) return { kind: "failed", version, reason: run.failure.reason };
    if (run.exitCode === 128) return { kind: "ok", version, database, packages: [] };
    if (run.exitCode !== 0 && run.exitCode !== 1) {
      // Online, an unreachable api.osv.dev is a gap, not a crash; a lockfile it cannot read stays a failure.
      if (!dbDir && /vulnmatch\/osvdev/.test(run.stderr) && !/extraction failed on specified lockfile/.test(run.stderr)) {
        return { kind: "not-evaluated", version, reason: `${UNREACHABLE}${errorHint(run.stderr)}` };
      }
      return { kind: "failed", version, reason: `osv-scanner exited with code ${run.exitCode}${errorHint(run.stderr)}` };
    }
    const parsed = parseToolJson<OsvJson>("osv-scanner", run.stdout);
    if (!parsed.ok) return { kind: "failed", version, reason: parsed.reason };
    const packages: OsvPackageResult[] = [];
    for (const r of parsed.value.results ?? []) {
      for (const p of r.packages ?? []) {
        if (!p.package?.name || !p.package.version) continue;
        packages.push({
          source: r.source?.path ?? "",
          name: p.package.name,
          version: p.package.version,
          devOnly: (p.dependency_groups ?? []).includes("dev"),
          vulns: (p.vulnerabilities ?? []).filter((v) => typeof v?.id === "string"),
        });
      }
    }
    return { kind: "ok", version, database, packages };
  } finally {
    if (work) rmSync(work, { recursive: true, force: true });
  }
}
