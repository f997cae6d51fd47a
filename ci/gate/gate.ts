// The gate: select files, run every scanner in parallel under its own deadline, then merge,
// limit to the pull request, deduplicate, apply the dérogations and decide. Inputs → findings →
// a GateReport the reporters render.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { WAIVER_HYGIENE_POLICY } from "../../policies/core/crossguard";
import { severityRank, type Finding } from "../../policies/core/model";
import type { Profile } from "../../policies/core/profile";
import { BLOCKING_WAIVER_PROBLEMS, findWaiver, waiverMatches, waiverProblems, waiverRef } from "../../policies/core/waivers";
import { isExcluded } from "../../policies/core/glob";
import { cleaner } from "../report/redaction";
import { bundleNotes, findBundles } from "./bundles";
import { bilingualText, decideVerdict, gateEnforcement, sortFindings, TOOL_NAME, toolVersion, type Result, type ScannerSummary } from "../result/model";
import { selectFiles, type FileSelection } from "./files";
import { applyNotScanned, excludedFinding, GATE_SCANNER, notScannedFinding, UNSCANNABLE_FILE_RULE } from "./not-scanned";
import { runScanner } from "./run-scanner";
import type { Scanner, ScannerResult } from "./types";

export { GATE_SCANNER, UNSCANNABLE_FILE_RULE };

export interface GateOptions {
  /** Absolute path of the folder to scan. */
  root: string;
  base?: string;
  profile: Profile;
  scanners: Scanner[];
  now: Date;
  /** Per-scanner deadline; defaults to profile.gate.timeoutSeconds. */
  timeoutMs?: number;
  /** The command line's excludes; the profile's gate.exclude apply too, and nothing else. */
  excludes?: readonly string[];
  /** Findings raised before the scan (the profile changed by the pull request). */
  extraFindings?: Finding[];
  /** Profile file, repository-relative, to locate waiver-hygiene findings. */
  profileFile?: string;
  /** Precomputed file selection (tests). */
  selection?: FileSelection;
}

export interface GateRun {
  report: Result;
  /** Secret values scanners declared; reporters remove them again from what they write. */
  secrets: string[];
}

export async function runGate(opts: GateOptions): Promise<GateRun> {
  const excludes = [...opts.profile.gate.exclude, ...(opts.excludes ?? [])];
  const selection = opts.selection ?? await selectFiles({ root: opts.root, base: opts.base, excludes });
  const timeoutMs = opts.timeoutMs ?? opts.profile.gate.timeoutSeconds * 1000;
  const input = { root: opts.root, files: selection.files, base: opts.base, profile: opts.profile, now: opts.now };

  const checked = await Promise.all(opts.scanners.map((s) => runScanner(s, input, timeoutMs)));
  const secrets = checked.flatMap((c) => c.secrets);
  const clean = cleaner(secrets);

  let findings: Finding[] = checked.flatMap(({ result }) => result.findings.map((f) => normalise(f, result, clean, opts.root)));
  findings.push(...selection.undecodableNames.map((name) => notScannedFinding(GATE_SCANNER, name, {
    fr: "nom de fichier non UTF-8, illisible par les scanners ; le renommer", en: "file name is not UTF-8, which the scanners cannot read; rename it",
  })));
  const bundles = findBundles(opts.root, selection.files, opts.profile.gate.vendoredPaths);
  findings.push(...bundleNotes(bundles));
  findings = findings.filter((f) => !f.file || !isExcluded(f.file, excludes));
  findings.push(...(selection.excluded ?? []).map((e) => excludedFinding(clean(e.file), e.pattern)), ...(opts.extraFindings ?? []));
  if (selection.changedLines) findings = findings.filter((f) => inChangedCode(f, selection, opts.root));
  findings = dedup(findings);
  const blockAt = opts.profile.gate.blockAt;
  findings = applyWaivers(findings, opts.profile, opts.now, opts.profileFile).map((f) => ({ ...f, enforcementLevel: gateEnforcement(f, blockAt) }));

  const summaries: ScannerSummary[] = checked.map(({ result }) => ({
    name: clean(result.name),
    version: clean(result.version),
    status: result.status,
    durationMs: result.durationMs,
    ...(result.reason ? { reason: clean(result.reason) } : {}),
    findingCount: result.findings.length,
  }));
  const gaps = applyNotScanned(findings, summaries, opts.profile.gate.notScannedAllowed);
  findings = gaps.findings;
  const scanners = gaps.scanners;
  const { verdict, exitCode } = decideVerdict(findings, scanners);
  const report: Result = {
    kind: "gate",
    tool: { name: TOOL_NAME, version: toolVersion() },
    generatedAt: opts.now.toISOString(),
    verdict,
    exitCode,
    blockAt,
    ...(opts.base !== undefined ? { base: opts.base } : {}),
    ...(selection.mergeBase ? { mergeBase: selection.mergeBase } : {}),
    filesScanned: selection.files.length,
    ...(bundles.length ? { bundles } : {}),
    findings: sortFindings(findings),
    scanners,
  };
  return { report, secrets };
}

/**
 * A clean copy holding only the model's fields (any `secret` a scanner attached stays behind),
 * every string redacted, and a fingerprint when the scanner gave none.
 */
function normalise(f: Finding, from: ScannerResult, clean: (s: string) => string, root: string): Finding {
  const out: Finding = {
    source: f.source === "policy" ? "policy" : "gate",
    rule: clean(f.rule),
    clauses: f.clauses.map(clean),
    severity: f.severity,
    enforcementLevel: f.enforcementLevel ?? "mandatory",
    message: { fr: clean(f.message.fr), en: clean(f.message.en) },
    scanner: clean(f.scanner || from.name),
  };
  if (f.file) out.file = clean(repoRelative(f.file, root));
  if (f.line) out.line = f.line;
  if (f.resource) out.resource = { urn: clean(f.resource.urn), type: clean(f.resource.type), name: clean(f.resource.name) };
  // A fingerprint that held a secret is hashed rather than masked: two findings whose
  // fingerprints differ only by their secrets must stay two findings after deduplication.
  if (f.fingerprint) {
    const masked = clean(f.fingerprint);
    out.fingerprint = masked === f.fingerprint ? masked : createHash("sha256").update(f.fingerprint).digest("hex").slice(0, 32);
  } else out.fingerprint = fingerprintOf(out);
  // A finding from the pull request's history (gitleaks git mode) names its commit.
  if (typeof f.commit === "string" && /^[0-9a-f]{7,64}$/i.test(f.commit)) out.commit = f.commit;
  return out;
}

/** Scanners may report absolute or `./`-prefixed paths, or Windows separators. */
function repoRelative(file: string, root: string): string {
  let p = file.replace(/\\/g, "/");
  const r = root.replace(/\\/g, "/").replace(/\/$/, "");
  if (p.startsWith(r + "/")) p = p.slice(r.length + 1);
  return p.replace(/^(\.\/)+/, "");
}

/** Stable across runs: what, where and the message as printed (`[O-x] fr — EN: en`), or `text`. */
export function fingerprintOf(f: Finding, text = bilingualText(f)): string {
  const key = [f.scanner ?? "", f.rule, f.file ?? f.resource?.urn ?? "", String(f.line ?? 0), text].join("\0");
  return createHash("sha256").update(key).digest("hex").slice(0, 32);
}

/**
 * With --base, keeps what the pull request introduced. Findings on a line must sit on a line
 * added since the merge-base (or in a new file). Findings with no line (a dependency, a lockfile,
 * a whole file, the repository) are kept whatever changed: a vulnerability past its deadline
 * blocks even when nobody touched the lockfile. Findings from the pull request's history (a
 * commit named, or a file that no longer exists) are kept too: a secret removed in a later
 * commit is still in the history.
 */
function inChangedCode(f: Finding, sel: FileSelection, root: string): boolean {
  if (!f.file || !f.line) return true;
  if (f.commit) return true;
  const lines = sel.changedLines!.get(f.file);
  if (lines === "all") return true;
  if (lines === undefined) return !existsSync(join(root, f.file));
  return lines.has(f.line);
}

/** Two scanners may report the same fingerprint: keep one, the most severe. */
function dedup(findings: Finding[]): Finding[] {
  const byPrint = new Map<string, Finding>();
  for (const f of findings) {
    const key = f.fingerprint!;
    const seen = byPrint.get(key);
    if (!seen || severityRank[f.severity] > severityRank[seen.severity]) byPrint.set(key, f);
  }
  return [...byPrint.values()];
}

/**
 * Dérogations. Waivers scoped to stacks or resources belong to the policy pack and are left
 * alone here. A valid waiver marks its findings waived (still listed); expired ones and unknown
 * approvers waive nothing and are reported, as are gate waivers (with `files`) that match nothing.
 * A waiver without `files` may serve the policy pack, so the gate does not call it unused.
 */
function applyWaivers(findings: Finding[], profile: Profile, now: Date, profileFile?: string): Finding[] {
  const gateWaivers = profile.waivers.filter((w) => !w.stacks.length && !w.resources.length);
  const scoped: Profile = { ...profile, waivers: gateWaivers };
  const matched = new Set<string>();
  const out = findings.map((f) => {
    const target = { rule: f.rule, clauses: f.clauses, file: f.file };
    for (const w of gateWaivers) if (waiverMatches(w, target)) matched.add(w.id);
    const w = findWaiver(scoped, target, now);
    return w ? { ...f, waived: waiverRef(w) } : f;
  });
  for (const p of waiverProblems(scoped, matched, now)) {
    if (p.problem === "unused" && !p.waiver.files.length) continue;
    // A catch-all or too-long waiver is a blanket exemption: it blocks (the pack blocks it in production).
    const h: Finding = {
      source: "gate", rule: WAIVER_HYGIENE_POLICY, clauses: ["O-12.5.1"], severity: BLOCKING_WAIVER_PROBLEMS.has(p.problem) ? "high" : "medium", enforcementLevel: "mandatory",
      scanner: GATE_SCANNER, message: p.message,
      ...(profileFile ? { file: profileFile } : {}),
    };
    h.fingerprint = fingerprintOf(h, `${p.waiver.id}:${p.problem}`);
    out.push(h);
  }
  return out;
}

