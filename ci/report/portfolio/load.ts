// Reads evidence bundles from disk for the portfolio. A bundle is a folder holding a
// `manifest.json` (ci/report/manifest.ts); only the files its manifest lists are read, each
// checked against its SHA-256, and the results among them are validated against the result
// schema. Bundles come from vendors' CI artefacts, so a bundle that does not verify is not an
// error of the whole report: it is listed with its problems and counts as "error".
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { InputError } from "../../result/errors";
import type { EvaluateResult, Result } from "../../result/model";
import { parseEvaluateReports, parseGateReport } from "../coverage/inputs";
import { MANIFEST_NAME, type Manifest } from "../manifest";
import { summariseBundle, type Bundle, type BundleSubject, type BundleSummary } from "./model";

const SKIP_DIRS = new Set([".git", "node_modules"]);

/** Every folder under `root` that holds a manifest; a bundle's own subfolders are part of it. */
export function findBundles(root: string): string[] {
  let st;
  try {
    st = statSync(root);
  } catch (e) {
    throw new InputError(`report: cannot read the --bundles folder '${root}' (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  if (!st.isDirectory()) throw new InputError(`report: --bundles '${root}' is not a folder`);
  const out: string[] = [];
  const walk = (dir: string) => {
    if (existsSync(join(dir, MANIFEST_NAME))) {
      out.push(dir);
      return;
    }
    // Symbolic links are not followed: a bundle cannot point the report at files outside the root.
    for (const e of readdirSync(dir, { withFileTypes: true })) if (e.isDirectory() && !SKIP_DIRS.has(e.name)) walk(join(dir, e.name));
  };
  walk(root);
  return out.sort();
}

function text(v: unknown): string | null {
  return typeof v === "string" && v.trim() ? v.trim() : null;
}

/** The manifest's subject, else the folder: `<vendor>/<repository…>`, or the repository alone. */
function subjectOf(manifest: Partial<Manifest>, rel: string): BundleSubject {
  const parts = rel.split("/").filter(Boolean);
  const fromPath: BundleSubject = parts.length >= 2 ? { vendor: parts[0]!, repository: parts.slice(1).join("/") } : { vendor: null, repository: parts[0] ?? "." };
  const s = manifest.subject;
  return { vendor: text(s?.vendor) ?? fromPath.vendor, repository: text(s?.repository) ?? fromPath.repository };
}

function safeRelative(p: unknown): p is string {
  return typeof p === "string" && p.length > 0 && !p.startsWith("/") && !p.split(/[\\/]/).includes("..");
}

/** Reads and verifies one bundle. Never throws for the bundle's content: problems are returned. */
export function loadBundle(dir: string, root: string): Bundle {
  const rel = relative(root, dir).split(sep).join("/") || ".";
  const problems: string[] = [];
  let manifest: Partial<Manifest> = {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(join(dir, MANIFEST_NAME), "utf8"));
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) manifest = parsed as Partial<Manifest>;
    else problems.push(`${MANIFEST_NAME} is not a JSON object`);
  } catch (e) {
    problems.push(`${MANIFEST_NAME} is not valid JSON (${(e as Error).message})`);
  }
  if (!problems.length && manifest.schema !== "clausier-guard/evidence-manifest/v1") problems.push(`${MANIFEST_NAME}: schema is not clausier-guard/evidence-manifest/v1`);
  if (!problems.length && !Array.isArray(manifest.files)) problems.push(`${MANIFEST_NAME}: files is missing`);

  let gate: Result | undefined;
  const evaluate: EvaluateResult[] = [];
  for (const entry of problems.length ? [] : manifest.files!) {
    const path = (entry as { path?: unknown }).path;
    if (!safeRelative(path)) {
      problems.push(`${MANIFEST_NAME}: file path ${JSON.stringify(path)} is not inside the bundle`);
      continue;
    }
    let data: Buffer;
    try {
      data = readFileSync(join(dir, path));
    } catch (e) {
      problems.push(`${path}: listed in the manifest but cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      continue;
    }
    if (createHash("sha256").update(data).digest("hex") !== entry.sha256) {
      problems.push(`${path}: does not match its SHA-256 in the manifest`);
      continue;
    }
    if (!path.endsWith(".json")) continue;
    let value: unknown;
    try {
      value = JSON.parse(data.toString("utf8"));
    } catch {
      continue; // Not a result: other JSON outputs (SBOM, coverage) are hashed, not read.
    }
    const kind = (Array.isArray(value) ? (value[0] as { kind?: unknown } | undefined)?.kind : (value as { kind?: unknown } | null)?.kind);
    try {
      if (kind === "gate") {
        if (gate) problems.push(`${path}: a second gate result in one bundle`);
        else gate = parseGateReport(value, path);
      } else if (kind === "evaluate") {
        evaluate.push(...parseEvaluateReports(value, path));
      }
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      problems.push(e.message);
    }
  }
  if (!problems.length && !gate && !evaluate.length) problems.push("no gate or evaluate result in the bundle");
  return {
    path: rel,
    subject: subjectOf(manifest, rel),
    generatedAt: text(manifest.generatedAt) ?? "",
    commit: text(manifest.git?.commit),
    gate: problems.length ? undefined : gate,
    evaluate: problems.length ? [] : evaluate,
    problems,
  };
}

/** Every bundle under the given folders, verified and summarised one at a time. */
export function summariseBundles(roots: string[], now: Date): BundleSummary[] {
  const out: BundleSummary[] = [];
  for (const root of roots) for (const dir of findBundles(root)) out.push(summariseBundle(loadBundle(dir, root), now));
  return out;
}
