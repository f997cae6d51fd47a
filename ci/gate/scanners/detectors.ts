// Scanner "clausier-detectors": runs our own TypeScript detectors (scanners/detectors) over the
// selected files. All file I/O is here; detectors are pure functions of (file, context).
import { createHash } from "node:crypto";
import { lstatSync, readFileSync, realpathSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
import type { Finding } from "../../../policies/core/model";
import { redact } from "../../../policies/core/redact";
import { DETECTORS, type GateContext, type GateDetector, type RepoView } from "../../../scanners/detectors";
import { notScannedFinding } from "../not-scanned";
import type { ScanInput, Scanner, ScannerResult } from "../types";

export { DETECTORS } from "../../../scanners/detectors";

export const SCANNER_NAME = "clausier-detectors";
export const SCANNER_VERSION = "1.0.0";
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

const sha256 = (s: string | Buffer): string => createHash("sha256").update(s).digest("hex");

/** sha256 of rule + file + hash of the secret (or of the English message when there is none): never the secret. */
export function fingerprint(rule: string, file: string, secret: string | undefined, fallback: string): string {
  return sha256(`${rule}\0${file}\0${sha256(secret ?? fallback)}`);
}

function isBinary(buf: Buffer): boolean {
  return buf.subarray(0, 8000).includes(0);
}

/** Resolves a repository-relative path inside the root, refusing `..`, absolute paths and symlinks. */
export function safeResolve(root: string, rel: string): string | undefined {
  if (!rel || isAbsolute(rel) || rel.split(/[\\/]/).includes("..")) return undefined;
  const abs = resolve(root, rel);
  const r = relative(root, abs);
  if (!r || r.startsWith("..") || isAbsolute(r)) return undefined;
  return abs;
}

type ReadResult = { buf: Buffer } | { skip: string };

function readInside(root: string, realRoot: string, rel: string, limit: number): ReadResult {
  const abs = safeResolve(root, rel);
  if (!abs) return { skip: "chemin hors du dépôt / path outside the repository" };
  let st;
  try {
    st = lstatSync(abs);
  } catch {
    return { skip: "introuvable / not found" };
  }
  if (st.isSymbolicLink()) return { skip: "lien symbolique ignoré / symlink skipped" };
  if (!st.isFile()) return { skip: "pas un fichier / not a regular file" };
  // A parent folder may itself be a symlink pointing out of the root.
  try {
    const real = realpathSync(abs);
    if (real !== realRoot && !real.startsWith(realRoot + sep)) return { skip: "hors du dépôt via un lien symbolique / outside the repository through a symlink" };
  } catch {
    return { skip: "introuvable / not found" };
  }
  if (st.size > limit) return { skip: `plus de ${Math.round(limit / 1048576)} Mo, non analysé / larger than ${Math.round(limit / 1048576)} MB, not scanned` };
  try {
    return { buf: readFileSync(abs) };
  } catch (e) {
    return { skip: `illisible / unreadable: ${(e as NodeJS.ErrnoException).code ?? "error"}` };
  }
}

/** RepoView over the working tree (cached; same safety rules as the scanned files). */
export function fsRepoView(root: string): RepoView {
  const realRoot = safeRealpath(root);
  const cache = new Map<string, string | undefined>();
  const read = (rel: string): string | undefined => {
    if (!cache.has(rel)) {
      const r = readInside(root, realRoot, rel, 1024 * 1024);
      cache.set(rel, "buf" in r ? r.buf.toString("utf8") : undefined);
    }
    return cache.get(rel);
  };
  return { read, exists: (rel) => read(rel) !== undefined };
}

function safeRealpath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
}

export interface DetectorRun {
  findings: Finding[];
  /** Detectors that threw, each naming the file: the scan is incomplete. */
  failures: string[];
  /** Stopped by the deadline before the last file. */
  interrupted: boolean;
  filesScanned: number;
}

/** Skips that are not a gap: the gate only hands over regular files, and these cannot hold the repository's code. */
const HARMLESS_SKIP = /symlink|not a regular file|not found|outside the repository/;

/** The event loop must turn now and then, or the deadline's timer never fires (detectors are synchronous). */
const YIELD_EVERY_MS = 50;
const turn = (): Promise<void> => new Promise((r) => setImmediate(r));

/** Runs the detectors over the input's files. Exported for tests and for the catalog. */
export async function runDetectors(input: ScanInput, detectors: readonly GateDetector[] = DETECTORS, maxBytes = MAX_FILE_BYTES): Promise<DetectorRun> {
  const realRoot = safeRealpath(input.root);
  const ctx: GateContext = { profile: input.profile, now: input.now, repo: fsRepoView(input.root) };
  const seen = new Set<string>();
  const findings: Finding[] = [];
  const failures: string[] = [];
  let filesScanned = 0;
  let lastTurn = Date.now();
  const stopped = async (): Promise<boolean> => {
    if (Date.now() - lastTurn >= YIELD_EVERY_MS) {
      await turn();
      lastTurn = Date.now();
    }
    return input.signal.aborted;
  };
  for (const raw of input.files) {
    if (await stopped()) return { findings, failures, interrupted: true, filesScanned };
    const rel = raw.replace(/\\/g, "/").replace(/^\.\//, "");
    const wanted = detectors.filter((d) => d.appliesTo(rel));
    if (!wanted.length) continue;
    const r = readInside(input.root, realRoot, rel, maxBytes);
    if ("skip" in r) {
      if (!HARMLESS_SKIP.test(r.skip)) findings.push(notScannedFinding(SCANNER_NAME, rel, { fr: r.skip.split(" / ")[0], en: r.skip.split(" / ").pop()! }));
      continue;
    }
    const binary = isBinary(r.buf);
    const active = binary ? wanted.filter((d) => d.binary) : wanted;
    if (!active.length) continue;
    let text = binary ? r.buf.toString("latin1") : new TextDecoder("utf-8", { fatal: false }).decode(r.buf);
    if (!binary && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    filesScanned++;
    for (const d of active) {
      if (await stopped()) return { findings, failures, interrupted: true, filesScanned };
      let hits;
      try {
        hits = d.scan({ path: rel, text }, ctx);
      } catch (e) {
        // A detector that throws lost its findings for this file: the scan is incomplete.
        failures.push(`detector ${d.name} threw on ${rel}: ${((e as Error)?.message ?? String(e)).split("\n")[0]}`);
        continue;
      }
      for (const h of hits) {
        const file = h.file ?? rel;
        const severity = h.severity ?? d.severity;
        const secrets = h.secret ? [h.secret] : [];
        const fp = fingerprint(d.name, file, h.secret, h.message.en);
        if (seen.has(fp)) continue;
        seen.add(fp);
        findings.push({
          source: "gate",
          rule: d.name,
          clauses: [...d.clauses],
          severity,
          enforcementLevel: "mandatory", // blocks at or above profile.gate.blockAt (gateEnforcement)
          message: { fr: redact(h.message.fr, secrets), en: redact(h.message.en, secrets) },
          scanner: SCANNER_NAME,
          file,
          ...(h.line > 0 && !h.file ? { line: h.line } : {}),
          fingerprint: fp,
          // Taken by the gate for redaction (runScanner collects it), dropped from the finding.
          ...(h.secret ? { secret: h.secret } : {}),
        } as Finding);
      }
    }
  }
  return { findings, failures, interrupted: false, filesScanned };
}

export function createDetectorsScanner(detectors: readonly GateDetector[] = DETECTORS): Scanner {
  return {
    name: SCANNER_NAME,
    async run(input: ScanInput): Promise<ScannerResult> {
      const t0 = Date.now();
      try {
        const { findings, failures, interrupted } = await runDetectors(input, detectors);
        const problems = [...(interrupted ? ["interrupted: time is up"] : []), ...failures];
        return {
          name: SCANNER_NAME,
          version: SCANNER_VERSION,
          status: problems.length ? "failed" : "ok",
          durationMs: Date.now() - t0,
          ...(problems.length ? { reason: `${problems.slice(0, 5).join("; ")}${problems.length > 5 ? `; and ${problems.length - 5} more` : ""}` } : {}),
          findings,
        };
      } catch (e) {
        return { name: SCANNER_NAME, version: SCANNER_VERSION, status: "failed", durationMs: Date.now() - t0, reason: (e as Error)?.message ?? String(e), findings: [] };
      }
    },
  };
}

export const detectorsScanner: Scanner = createDetectorsScanner();
