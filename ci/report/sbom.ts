// O-12.5.8 asks what the delivered code is made of: the evidence bundle carries a CycloneDX SBOM
// of the scanned repository's production dependencies, made by @cyclonedx/cyclonedx-npm from the
// lockfile alone (`--package-lock-only`: no node_modules needed, `npm ls` stays offline), in a
// reproducible form (same lockfile, same bytes, same sha256 in manifest.json). Without a lockfile
// there is nothing exact to list: a note says the SBOM was not evaluated, and why.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { runFailure, runTool } from "../gate/scanners/process";

export const SBOM_FILE = "sbom.cdx.json";
export const SBOM_NOTE_FILE = "sbom-not-evaluated.txt";
/** Its package exports only index.js: the CLI sits next to it, wherever npm installed the package. */
const cyclonedxCli = (): string => join(dirname(require.resolve("@cyclonedx/cyclonedx-npm")), "bin", "cyclonedx-npm-cli.js");
const LOCKFILES = ["package-lock.json", "npm-shrinkwrap.json"];

export type SbomResult =
  | { status: "ok"; file: string; components: number; specVersion: string }
  | { status: "not-evaluated"; file: string; reason: string };

export interface SbomOptions {
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
}

/** Writes `<outDir>/sbom.cdx.json`, or `<outDir>/sbom-not-evaluated.txt` with the reason. */
export async function writeSbom(outDir: string, repoRoot: string, opts: SbomOptions = {}): Promise<SbomResult> {
  const out = join(outDir, SBOM_FILE);
  const note = join(outDir, SBOM_NOTE_FILE);
  rmSync(out, { force: true });
  rmSync(note, { force: true });
  const notEvaluated = (reason: string): SbomResult => {
    writeFileSync(note, `SBOM non évalué / SBOM not evaluated (O-12.5.8): ${reason}\n`);
    return { status: "not-evaluated", file: SBOM_NOTE_FILE, reason };
  };
  if (!existsSync(join(repoRoot, "package.json"))) return notEvaluated("aucun package.json à la racine / no package.json at the repository root");
  if (!LOCKFILES.some((l) => existsSync(join(repoRoot, l)))) {
    return notEvaluated("aucun package-lock.json : les versions livrées ne sont pas connues (`npm install --package-lock-only` le crée) / no package-lock.json: the delivered versions are unknown (`npm install --package-lock-only` creates one)");
  }
  const env = { ...(opts.env ?? process.env), npm_config_offline: "true", npm_config_update_notifier: "false", npm_config_fund: "false", npm_config_audit: "false" };
  const run = await runTool({
    tool: "cyclonedx-npm",
    command: process.execPath,
    args: [cyclonedxCli(), "--package-lock-only", "--omit", "dev", "--output-reproducible", "--spec-version", "1.6", "--output-format", "JSON", "--mc-type", "application", "--output-file", out, "package.json"],
    cwd: repoRoot,
    env,
    timeoutMs: opts.timeoutMs ?? 120_000,
  });
  const failure = runFailure(run, [0]);
  if (failure) {
    rmSync(out, { force: true });
    return notEvaluated(failure);
  }
  try {
    const bom = JSON.parse(readFileSync(out, "utf8")) as { bomFormat?: string; specVersion?: string; components?: unknown[] };
    if (bom.bomFormat !== "CycloneDX") throw new Error("not a CycloneDX document");
    return { status: "ok", file: SBOM_FILE, components: bom.components?.length ?? 0, specVersion: bom.specVersion ?? "?" };
  } catch (e) {
    rmSync(out, { force: true });
    return notEvaluated(`cyclonedx-npm: ${(e as Error).message}`);
  }
}

/** What manifest.json says of the SBOM found in an output folder. */
export function sbomSummary(outDir: string): { file: string; sha256: string; components: number | null } | { notEvaluated: string } | null {
  const out = join(outDir, SBOM_FILE);
  if (existsSync(out)) {
    const data = readFileSync(out);
    let components: number | null = null;
    try {
      components = (JSON.parse(data.toString("utf8")) as { components?: unknown[] }).components?.length ?? 0;
    } catch {
      /* listed with its hash all the same; the count stays unknown */
    }
    return { file: SBOM_FILE, sha256: createHash("sha256").update(data).digest("hex"), components };
  }
  const note = join(outDir, SBOM_NOTE_FILE);
  return existsSync(note) ? { notEvaluated: readFileSync(note, "utf8").trim() } : null;
}
