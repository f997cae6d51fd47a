// Evidence bundle for O-12.5.6 ("présenter des preuves montrant que les tests suffisants ont été
// réalisés"): a manifest.json next to the outputs so that the hospital can check, later and
// offline, that the reports it received are the ones this run produced (SHA-256 of every file),
// which code was scanned (git commit), and with which tools and rule versions.
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import type { Result as GateReport } from "../result/model";
import { sbomSummary } from "./sbom";

export const MANIFEST_NAME = "manifest.json";

/** The folders whose content decides what the tools look for. */
export const RULE_FOLDERS = ["policies/rules", "scanners"];

export interface ManifestFile {
  path: string;
  sha256: string;
  size: number;
}

export interface Manifest {
  schema: "clausier-guard/evidence-manifest/v1";
  clause: "O-12.5.6";
  generatedAt: string;
  /** Who the bundle is about, for the portfolio report (absent in bundles of earlier versions). */
  subject?: { vendor: string | null; repository: string | null };
  git: { commit: string | null; dirty: boolean | null };
  tools: {
    node: string;
    "clausier-guard": string;
    semgrep: string | null;
    gitleaks: string | null;
    scanners: { name: string; version: string; status: string }[];
  };
  rules: Record<string, string | null>;
  /** The CycloneDX SBOM of the delivery (O-12.5.8) in the bundle, or why there is none. */
  sbom: ReturnType<typeof sbomSummary>;
  files: ManifestFile[];
}

export interface ManifestInput {
  outDir: string;
  /** The repository that was scanned (for the git commit). */
  repoRoot: string;
  gate?: GateReport;
  subject?: { vendor?: string; repository?: string };
  now?: Date;
  /** Where Clausier Guard itself is installed (its package.json and rule folders). */
  toolRoot?: string;
}

function sha256(data: Buffer | string): string {
  return createHash("sha256").update(data).digest("hex");
}

function walk(dir: string, skip: (rel: string) => boolean, root = dir): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    const rel = relative(root, full).split(sep).join("/");
    if (skip(rel)) continue;
    if (entry.isDirectory()) out.push(...walk(full, skip, root));
    else if (entry.isFile()) out.push(rel);
  }
  return out.sort();
}

/** One hash per folder: over the sorted relative paths and the hash of each file's content. */
export function hashFolder(dir: string): string | null {
  if (!existsSync(dir)) return null;
  const files = walk(dir, (rel) => rel.split("/").includes("node_modules") || rel.split("/").includes(".venv"));
  const h = createHash("sha256");
  for (const f of files) h.update(`${f}\0${sha256(readFileSync(join(dir, f)))}\n`);
  return h.digest("hex");
}

function git(repoRoot: string, args: string[]): string | null {
  try {
    return execFileSync("git", args, { cwd: repoRoot, encoding: "utf8", timeout: 10_000, stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return null;
  }
}

export function defaultToolRoot(): string {
  // This file lives in ci/report/: the package root is two levels up.
  return resolve(__dirname, "..", "..");
}

function toolVersion(toolRoot: string): string {
  try {
    const pkg = JSON.parse(readFileSync(join(toolRoot, "package.json"), "utf8")) as { version?: unknown };
    return typeof pkg.version === "string" ? pkg.version : "unknown";
  } catch {
    return "unknown";
  }
}

function scannerVersion(gate: GateReport | undefined, name: string): string | null {
  const s = gate?.scanners.find((x) => x.name.toLowerCase().includes(name));
  return s && s.version ? s.version : null;
}

export function buildManifest(input: ManifestInput): Manifest {
  const toolRoot = input.toolRoot ?? defaultToolRoot();
  const files = walk(input.outDir, (rel) => rel === MANIFEST_NAME).map((rel): ManifestFile => {
    const full = join(input.outDir, rel);
    return { path: rel, sha256: sha256(readFileSync(full)), size: statSync(full).size };
  });
  const commit = git(input.repoRoot, ["rev-parse", "HEAD"]);
  const status = commit === null ? null : git(input.repoRoot, ["status", "--porcelain", "--untracked-files=no"]);
  return {
    schema: "clausier-guard/evidence-manifest/v1",
    clause: "O-12.5.6",
    generatedAt: (input.now ?? new Date()).toISOString(),
    subject: { vendor: input.subject?.vendor ?? null, repository: input.subject?.repository ?? null },
    git: { commit: commit && /^[0-9a-f]{40,64}$/.test(commit) ? commit : null, dirty: status === null ? null : status.length > 0 },
    tools: {
      node: process.version,
      "clausier-guard": toolVersion(toolRoot),
      semgrep: scannerVersion(input.gate, "semgrep"),
      gitleaks: scannerVersion(input.gate, "gitleaks"),
      scanners: (input.gate?.scanners ?? []).map((s) => ({ name: s.name, version: s.version, status: s.status })),
    },
    rules: Object.fromEntries(RULE_FOLDERS.map((f) => [f, hashFolder(join(toolRoot, f))])),
    sbom: sbomSummary(input.outDir),
    files,
  };
}

/** Writes `manifest.json` into the out folder, listing every other file of that folder. */
export function writeManifest(input: ManifestInput): Manifest {
  const manifest = buildManifest(input);
  writeFileSync(join(input.outDir, MANIFEST_NAME), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
