// gitleaks adapter (O-12.5.9, gate checks T2-S1..S6): the working tree's selected files with
// `gitleaks dir`, and with a base ref the pull request's commits with `gitleaks git`. Secrets are
// redacted by gitleaks itself (--redact=100): the JSON we read never holds them.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { SEVERITIES, type Finding, type Severity } from "../../../policies/core/model";
import { redact } from "../../../policies/core/redact";
import type { ScanInput, Scanner, ScannerResult } from "../types";
import { fileSize, GUARD_ROOT, isFile, parseToolJson, runFailure, runTool, toolRun, type ToolLookup } from "./process";

export const GITLEAKS_LOOKUP: ToolLookup = { name: "gitleaks", envVar: "CLAUSIER_GITLEAKS", versionKey: "GITLEAKS_VERSION", cachePrefix: "gitleaks" };
export const DEFAULT_GITLEAKS_CONFIG = join(GUARD_ROOT, "scanners", "gitleaks", "gitleaks.toml");

/**
 * gitleaks exits 1 both for "leaks found" (default --exit-code) and for fatal errors (zerolog
 * Fatal): a distinct leak code keeps the two apart.
 */
export const LEAKS_EXIT_CODE = 42;

/** Default rules our custom ones report better (same place, same secret): keep one finding. */
const SUPERSEDED: Record<string, string> = { jwt: "jwt-token", "pkcs12-file": "keystore-file" };
/** Our descriptions: English, then " | FR: ", then French. */
const FR_SEPARATOR = /\s*\|\s*FR:\s*/;

export interface GitleaksOptions {
  env?: NodeJS.ProcessEnv;
  configPath?: string;
  timeoutMs?: number;
  /** gitleaks --max-target-megabytes: larger files are skipped. */
  maxTargetMegabytes?: number;
}

interface GitleaksJsonFinding {
  RuleID: string;
  Description?: string;
  StartLine?: number;
  File?: string;
  SymlinkFile?: string;
  Commit?: string;
  Secret?: string;
  Match?: string;
  Tags?: string[];
  Fingerprint?: string;
}

export function createGitleaksScanner(options: GitleaksOptions = {}): Scanner {
  return { name: "gitleaks", run: (input) => runGitleaks(input, options) };
}

export const gitleaksScanner: Scanner = createGitleaksScanner();

async function runGitleaks(input: ScanInput, options: GitleaksOptions): Promise<ScannerResult> {
  const { env, bin, timeoutMs, deadline, result, failed } = toolRun("gitleaks", GITLEAKS_LOOKUP, input, options);
  const config = options.configPath ?? DEFAULT_GITLEAKS_CONFIG;

  const versionRun = await runTool({ tool: "gitleaks", command: bin, args: ["version"], env, signal: input.signal, timeoutMs: Math.min(60_000, timeoutMs) });
  const versionFailure = runFailure(versionRun, [0]);
  if (versionFailure) return failed("unknown", versionFailure);
  const version = versionRun.stdout.trim() || "unknown";

  const work = mkdtempSync(join(tmpdir(), "clausier-gitleaks-"));
  try {
    // An empty folder as the .gitleaksignore location: a fingerprint file committed in the
    // scanned repository must not silence the gate (waivers are the gate's, with an approver
    // and an expiry). Inline `gitleaks:allow` comments still work; T2-C5 audits them.
    const noIgnore = join(work, "no-gitleaksignore");
    mkdirSync(noIgnore);
    const common = [
      "--config", config,
      "--report-format", "json",
      "--report-path", "-",
      "--redact=100",
      "--exit-code", String(LEAKS_EXIT_CODE),
      "--no-banner",
      "--no-color",
      "--log-level", "error",
      "--gitleaks-ignore-path", noIgnore,
      "--max-target-megabytes", String(options.maxTargetMegabytes ?? 10),
    ];
    const root = realRoot(input.root);
    const raw: { f: GitleaksJsonFinding; file: string }[] = [];

    // Working tree: gitleaks dir takes one path, so the selected files are presented as a
    // folder of symlinks mirroring their repository paths (no copy, no node_modules walk).
    // With --follow-symlinks, gitleaks checks --max-target-megabytes against the link, not its
    // target: leave larger files out of the mirror, as gitleaks would skip them in a plain folder.
    const maxBytes = (options.maxTargetMegabytes ?? 10) * 1024 * 1024;
    const files = input.files.filter((f) => isFile(join(input.root, f)) && fileSize(join(input.root, f)) <= maxBytes);
    if (files.length > 0) {
      const tree = join(work, "tree");
      for (const f of files) {
        const link = join(tree, f);
        mkdirSync(dirname(link), { recursive: true });
        symlinkSync(resolve(input.root, f), link);
      }
      const run = await runTool({ tool: "gitleaks", command: bin, args: ["dir", tree, "--follow-symlinks", ...common], env, signal: input.signal, timeoutMs: deadline - Date.now() });
      const parsed = parseRun(run);
      if (typeof parsed === "string") return failed(version, parsed);
      for (const f of parsed) raw.push({ f, file: treePath(f, tree, root) });
    }

    // Pull request commits: secrets added then removed are still in the history.
    if (input.base) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) return failed(version, `gitleaks timed out after ${Math.round(timeoutMs / 1000)} s`);
      // gitleaks exits 0 with an empty report when the range does not resolve (unknown or
      // unfetched base, shallow clone): check the base ourselves, or history would pass unseen.
      // gitleaks also splits --log-opts on spaces: accept plain ref names only.
      if (!/^[\w./@^~{}-]+$/.test(input.base) || input.base.startsWith("-")) {
        return failed(version, `gitleaks: invalid base ref ${JSON.stringify(input.base)}`);
      }
      const check = await runTool({ tool: "git", command: "git", args: ["rev-parse", "--verify", "--quiet", `${input.base}^{commit}`], cwd: input.root, env, signal: input.signal, timeoutMs: Math.min(30_000, remaining) });
      if (runFailure(check, [0])) {
        return failed(version, `gitleaks: base ref ${input.base} not found in ${input.root} (fetch it, e.g. git fetch --unshallow origin ${input.base}); the pull request's history was not scanned`);
      }
      const run = await runTool({
        tool: "gitleaks",
        command: bin,
        args: ["git", input.root, `--log-opts=${input.base}..HEAD`, ...common],
        cwd: input.root,
        env,
        signal: input.signal,
        timeoutMs: remaining,
      });
      const parsed = parseRun(run);
      if (typeof parsed === "string") return failed(version, `${parsed} (git history ${input.base}..HEAD)`);
      for (const f of parsed) raw.push({ f, file: gitPath(f.File ?? "", root) });
    }

    return result({ version, status: "ok", findings: toFindings(raw) });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function parseRun(run: Awaited<ReturnType<typeof runTool>>): GitleaksJsonFinding[] | string {
  const failure = runFailure(run, [0, LEAKS_EXIT_CODE]);
  if (failure) return failure;
  const parsed = parseToolJson<unknown>("gitleaks", run.stdout);
  if (!parsed.ok) return parsed.reason;
  if (!Array.isArray(parsed.value)) return "gitleaks printed JSON that is not a findings array";
  const list = parsed.value as GitleaksJsonFinding[];
  if (list.some((f) => !f || typeof f.RuleID !== "string")) return "gitleaks printed a finding without a RuleID";
  // Exit code and report must agree; otherwise the report is not trustworthy.
  if ((run.exitCode === LEAKS_EXIT_CODE) !== (list.length > 0)) {
    return `gitleaks exit code ${run.exitCode} disagrees with its report (${list.length} finding(s))`;
  }
  return list;
}

function toFindings(raw: { f: GitleaksJsonFinding; file: string }[]): Finding[] {
  const key = (file: string, line: number | undefined, commit: string | undefined, rule: string): string => `${commit ?? ""}\0${file}\0${line ?? 0}\0${rule}`;
  const present = new Set(raw.map(({ f, file }) => key(file, f.StartLine, f.Commit, f.RuleID)));
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const { f, file } of raw) {
    const better = SUPERSEDED[f.RuleID];
    if (better && present.has(key(file, f.StartLine, f.Commit, better))) continue;
    const line = f.StartLine && f.StartLine > 0 ? f.StartLine : undefined;
    const commit = f.Commit || undefined;
    // gitleaks' own fingerprint is `[commit:]file:rule:line` with an absolute or temporary path;
    // rebuilt on the repository-relative path so it is stable across checkouts. It never holds
    // the secret.
    const fingerprint = `gitleaks:${commit ? `${commit}:` : ""}${file}:${f.RuleID}:${line ?? 0}`;
    if (seen.has(fingerprint)) continue;
    seen.add(fingerprint);
    const severity = severityOf(f.Tags);
    const clauses = ["O-12.5.9"];
    const [enDesc, frDesc] = (f.Description ?? f.RuleID).split(FR_SEPARATOR);
    const where = commit ? { fr: ` (commit ${commit.slice(0, 12)})`, en: ` (commit ${commit.slice(0, 12)})` } : { fr: "", en: "" };
    const secrets = [f.Secret, f.Match].filter((s): s is string => typeof s === "string" && s !== "REDACTED" && !/^\s*REDACTED\s*$/.test(s));
    const message = {
      fr: `Identifiant codé en dur détecté par la règle gitleaks « ${f.RuleID} » : ${frDesc ?? enDesc}${where.fr}. Retirez-le du code, révoquez-le et lisez-le depuis un coffre ou la configuration secrète.`,
      en: `Hard-coded credential found by gitleaks rule "${f.RuleID}": ${enDesc}${where.en}. Remove it from the code, revoke it, and read it from a vault or secret configuration.`,
    };
    out.push({
      source: "gate",
      scanner: "gitleaks",
      rule: f.RuleID,
      clauses,
      severity,
      enforcementLevel: "mandatory", // blocks at or above profile.gate.blockAt (gateEnforcement)
      // Defence in depth: should --redact ever be ineffective, the message still carries no secret.
      message: { fr: redact(message.fr, secrets), en: redact(message.en, secrets) },
      file,
      line,
      fingerprint,
    });
  }
  return out;
}

/** Our rules tag `["O-12.5.9", "<severity>"]`; default rules (any other tags) are critical. */
function severityOf(tags: string[] | undefined): Severity {
  const s = (tags ?? []).find((t) => (SEVERITIES as readonly string[]).includes(t));
  return (s as Severity | undefined) ?? "critical";
}

function treePath(f: GitleaksJsonFinding, tree: string, root: string): string {
  // With --follow-symlinks, File is the link's target (inside the repository) and SymlinkFile
  // the link in our mirror folder, whose path below the mirror is the repository path.
  if (f.SymlinkFile) return toPosix(relative(tree, f.SymlinkFile));
  return gitPath(f.File ?? "", root);
}

function gitPath(file: string, root: string): string {
  if (!isAbsolute(file)) return toPosix(file);
  const rel = relative(root, file);
  return toPosix(rel.startsWith("..") ? file : rel);
}

function realRoot(root: string): string {
  try {
    return realpathSync(root);
  } catch {
    return root;
  }
}

const toPosix = (p: string): string => p.split(sep).join("/");
