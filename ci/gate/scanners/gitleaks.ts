// gitleaks adapter (O-12.5.9, Table 2 rows T2-S1..S6): the working tree's selected files with
// `gitleaks dir`, and with a base ref the pull request's commits with `gitleaks git` and their
// messages. gitleaks runs without --redact: the values it found travel in memory only (its JSON on
// a pipe), so that the gate can remove them from every output, file names included.
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { SEVERITIES, type Finding, type Severity } from "../../../policies/core/model";
import { redact } from "../../../policies/core/redact";
import { notScannedFinding } from "../not-scanned";
import { NOT_HONOURED } from "../suppressions";
import type { ScanInput, Scanner, ScannerResult } from "../types";
import { checkPinnedVersion, fileSize, GUARD_ROOT, isFile, parseToolJson, runFailure, runTool, toolRun, type ToolLookup } from "./process";

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
  /** gitleaks --max-target-megabytes: larger files are reported as not scanned. */
  maxTargetMegabytes?: number;
}

/** Raised well above gitleaks' usual 10 MB: secrets hide in large files too (an 11 MB file once held 7). */
const DEFAULT_MAX_MEGABYTES = 100;

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
  Line?: string;
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
  if (versionFailure) return failed(`unknown (${bin})`, versionFailure);
  const pinned = checkPinnedVersion("gitleaks", GITLEAKS_LOOKUP, versionRun.stdout.trim(), bin);
  if (typeof pinned !== "string") return failed(pinned.version, pinned.reason);
  const version = pinned;

  const work = mkdtempSync(join(tmpdir(), "clausier-gitleaks-"));
  try {
    // An empty folder as the .gitleaksignore location: a fingerprint file committed in the
    // scanned repository must not silence the gate (waivers are the gate's, with an approver
    // and an expiry), nor may inline `gitleaks:allow` comments unless the profile says so.
    const noIgnore = join(work, "no-gitleaksignore");
    mkdirSync(noIgnore);
    const maxMb = options.maxTargetMegabytes ?? DEFAULT_MAX_MEGABYTES;
    const honour = input.profile.gate.honourInlineSuppressions;
    const common = [
      "--config", config,
      "--report-format", "json",
      "--report-path", "-",
      "--exit-code", String(LEAKS_EXIT_CODE),
      "--no-banner",
      "--no-color",
      "--log-level", "error",
      "--gitleaks-ignore-path", noIgnore,
      "--max-target-megabytes", String(maxMb),
      ...(honour ? [] : ["--ignore-gitleaks-allow"]),
    ];
    const root = realRoot(input.root);
    const raw: { f: GitleaksJsonFinding; file?: string; commit?: string }[] = [];
    const gaps: Finding[] = [];

    // Working tree: gitleaks dir takes one path, so the selected files are presented as a
    // folder of symlinks mirroring their repository paths (no copy, no node_modules walk), next
    // to a canary secret and the pull request's commit messages in a folder of their own.
    // With --follow-symlinks, gitleaks checks --max-target-megabytes against the link, not its
    // target: larger files stay out of the mirror and are reported as not scanned.
    const maxBytes = maxMb * 1024 * 1024;
    const tree = join(work, "tree");
    const mirror = join(tree, "repo");
    const extra = join(tree, "extra");
    mkdirSync(mirror, { recursive: true });
    mkdirSync(join(extra, "messages"), { recursive: true });
    for (const f of input.files) {
      if (!isFile(join(input.root, f))) continue;
      if (fileSize(join(input.root, f)) > maxBytes) {
        gaps.push(notScannedFinding("gitleaks", f, { fr: `plus de ${maxMb} Mo (limite --max-target-megabytes)`, en: `larger than ${maxMb} MB (--max-target-megabytes limit)` }));
        continue;
      }
      const link = join(mirror, f);
      mkdirSync(dirname(link), { recursive: true });
      symlinkSync(resolve(input.root, f), link);
    }
    // Start-up self-test, in the same run: a fresh random secret gitleaks must report, or the
    // binary is not the scanner it claims to be (a stub printing `[]` passes everything).
    const canary = `ghp_${randomBytes(27).toString("base64").replace(/[^A-Za-z0-9]/g, "A").slice(0, 36)}`;
    const canaryFile = join(extra, "canary.env");
    writeFileSync(canaryFile, `GITHUB_TOKEN_CANARY = "${canary}"\n`);
    const messages = input.base ? await commitMessages(input.root, input.base, env, input.signal) : new Map<string, string>();
    if (typeof messages === "string") return failed(version, messages);
    for (const [sha, text] of messages) writeFileSync(join(extra, "messages", sha), text);

    const run = await runTool({ tool: "gitleaks", command: bin, args: ["dir", tree, "--follow-symlinks", ...common], env, signal: input.signal, timeoutMs: deadline - Date.now() });
    const parsed = parseRun(run);
    if (typeof parsed === "string") return failed(version, parsed);
    let canarySeen = false;
    for (const f of parsed) {
      const file = f.SymlinkFile ? toPosix(relative(mirror, f.SymlinkFile)) : undefined;
      const own = f.File ? toPosix(relative(realRoot(extra), realRoot(f.File))) : "";
      if (!file && own === "canary.env") canarySeen ||= (f.Secret ?? "").includes(canary);
      else if (!file && own.startsWith("messages/")) raw.push({ f, commit: own.slice("messages/".length) });
      else raw.push({ f, file: file ?? gitPath(f.File ?? "", root) });
    }
    if (!canarySeen) return failed(version, `gitleaks self-test failed: ${bin} did not report the canary secret planted for this run (not a working gitleaks?)`);

    // Pull request commits: secrets added then removed are still in the history.
    if (input.base) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) return failed(version, `gitleaks timed out after ${Math.round(timeoutMs / 1000)} s`);
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

    const out = result({ version, status: "ok", findings: [...toFindings(raw, input.root, honour), ...gaps] });
    // The values found, for the gate's redactor only (never in a finding).
    return Object.assign(out, { secrets: raw.flatMap(({ f }) => [f.Secret, f.Match]).filter((x): x is string => typeof x === "string" && x.length > 0) });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The messages of the pull request's commits (`base..HEAD`), by commit id. gitleaks reads the
 * patches of `git` mode, never the messages, where a pasted token stays for good.
 */
async function commitMessages(root: string, base: string, env: NodeJS.ProcessEnv, signal: AbortSignal): Promise<Map<string, string> | string> {
  // gitleaks also splits --log-opts on spaces: accept plain ref names only.
  if (!/^[\w./@^~{}-]+$/.test(base) || base.startsWith("-")) return `gitleaks: invalid base ref ${JSON.stringify(base)}`;
  const check = await runTool({ tool: "git", command: "git", args: ["rev-parse", "--verify", "--quiet", `${base}^{commit}`], cwd: root, env, signal, timeoutMs: 30_000 });
  if (runFailure(check, [0])) {
    return `gitleaks: base ref ${base} not found in ${root} (fetch it, e.g. git fetch --unshallow origin ${base}); the pull request's history was not scanned`;
  }
  const log = await runTool({ tool: "git", command: "git", args: ["log", "--format=%H%x00%B%x00", `${base}..HEAD`, "--"], cwd: root, env, signal, timeoutMs: 60_000 });
  const failure = runFailure(log, [0]);
  if (failure) return `gitleaks: the commit messages of ${base}..HEAD could not be read: ${failure}`;
  const out = new Map<string, string>();
  const parts = log.stdout.split("\0");
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const sha = parts[i].trim();
    if (/^[0-9a-f]{40,64}$/.test(sha)) out.set(sha, parts[i + 1]);
  }
  return out;
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

function toFindings(raw: { f: GitleaksJsonFinding; file?: string; commit?: string }[], root: string, honour: boolean): Finding[] {
  const key = (file: string | undefined, line: number | undefined, commit: string | undefined, rule: string): string => `${commit ?? ""}\0${file ?? ""}\0${line ?? 0}\0${rule}`;
  const present = new Set(raw.map(({ f, file, commit }) => key(file, f.StartLine, commit ?? f.Commit, f.RuleID)));
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const { f, file, commit: messageOf } of raw) {
    const commit = messageOf ?? (f.Commit || undefined);
    const better = SUPERSEDED[f.RuleID];
    if (better && present.has(key(file, f.StartLine, commit, better))) continue;
    const line = f.StartLine && f.StartLine > 0 && !messageOf ? f.StartLine : undefined;
    // gitleaks' own fingerprint is `[commit:]file:rule:line` with an absolute or temporary path;
    // rebuilt on the repository-relative path so it is stable across checkouts. It never holds
    // the secret.
    const fingerprint = `gitleaks:${commit ? `${commit}:` : ""}${messageOf ? "message" : file}:${f.RuleID}:${line ?? 0}`;
    if (seen.has(fingerprint)) continue;
    seen.add(fingerprint);
    const severity = severityOf(f.Tags);
    const clauses = ["O-12.5.9"];
    const [enDesc, frDesc] = (f.Description ?? f.RuleID).split(FR_SEPARATOR);
    const where = messageOf
      ? { fr: ` (message du commit ${commit!.slice(0, 12)})`, en: ` (message of commit ${commit!.slice(0, 12)})` }
      : commit ? { fr: ` (commit ${commit.slice(0, 12)})`, en: ` (commit ${commit.slice(0, 12)})` } : { fr: "", en: "" };
    const secrets = [f.Secret, f.Match].filter((s): s is string => typeof s === "string" && s.length > 0);
    const suppressed = !honour && /gitleaks:allow/.test(f.Line ?? (file && line ? lineAt(root, file, line) : ""));
    const message = {
      fr: `Identifiant codé en dur détecté par la règle gitleaks « ${f.RuleID} » : ${frDesc ?? enDesc}${where.fr}. Retirez-le du code, révoquez-le et lisez-le depuis un coffre ou la configuration secrète.${suppressed ? ` ${NOT_HONOURED.fr("gitleaks:allow")}` : ""}`,
      en: `Hard-coded credential found by gitleaks rule "${f.RuleID}": ${enDesc}${where.en}. Remove it from the code, revoke it, and read it from a vault or secret configuration.${suppressed ? ` ${NOT_HONOURED.en("gitleaks:allow")}` : ""}`,
    };
    out.push({
      source: "gate",
      scanner: "gitleaks",
      rule: f.RuleID,
      clauses,
      severity,
      enforcementLevel: "mandatory", // blocks at or above profile.gate.blockAt (gateEnforcement)
      message: { fr: redact(message.fr, secrets), en: redact(message.en, secrets) },
      ...(file && !messageOf ? { file } : {}),
      line,
      fingerprint,
      ...(commit ? { commit } : {}),
    } as Finding);
  }
  return out;
}

function lineAt(root: string, file: string, line: number): string {
  try {
    return readFileSync(join(root, file), "utf8").split("\n")[line - 1] ?? "";
  } catch {
    return "";
  }
}

/** Our rules tag `["O-12.5.9", "<severity>"]`; default rules (any other tags) are critical. */
function severityOf(tags: string[] | undefined): Severity {
  const s = (tags ?? []).find((t) => (SEVERITIES as readonly string[]).includes(t));
  return (s as Severity | undefined) ?? "critical";
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
