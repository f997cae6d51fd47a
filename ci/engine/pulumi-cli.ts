// Runs Pulumi programs and exported states through the real Pulumi CLI, offline, with our policy pack.
//
// - previewWithPolicies(): `pulumi preview --policy-pack` of a program, in a throw-away `file://`
//   backend and PULUMI_HOME, with plan-only stand-in providers (tools/providers) so that no cloud
//   credentials, network or real provider are needed.
// - analyzeState(): `pulumi policy analyze --file` of an exported state (`pulumi stack export`), no
//   program, no provider, no login (for `clausier-guard audit STATE.json`).
//
// Both return the policy violations as a plain list. Every failure is an EngineError naming the
// missing binary or the failing step with its stderr, never a raw stack trace.
//
// Policy violations are read from the engine's JSON event stream: `pulumi preview --json` with
// PULUMI_ENABLE_STREAMING_JSON_PREVIEW=true prints one engine event per line (the plain `--json`
// digest leaves policy events out; `--event-log` needs PULUMI_DEBUG_COMMANDS).
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync, mkdirSync } from "node:fs";
import { tmpdir, homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { InputError } from "../result/errors";

const REPO_ROOT = resolve(__dirname, "..", "..");

/** A failure of the engine run: names the step, the binary and the tool's own words. */
export class EngineError extends InputError {
  override name = "EngineError";
  constructor(message: string, readonly step: string, readonly stderr = "") {
    super(message);
  }
}

export type EnforcementLevel = "advisory" | "mandatory" | "remediate" | "disabled" | string;

/** One policy violation reported by the engine. */
export interface PolicyDiagnostic {
  policyName: string;
  policyPackName: string;
  message: string;
  enforcementLevel: EnforcementLevel;
  severity?: string;
  urn?: string;
}

export interface EngineRunResult {
  diagnostics: PolicyDiagnostic[];
  /** True when no mandatory violation was reported and the command succeeded. */
  passed: boolean;
  /** The CLI's exit code (non-zero when a mandatory policy fails). */
  exitCode: number;
  /** Engine or program errors that are not policy violations (empty on a clean run): the run is incomplete. */
  errors: string[];
  /** Raw stdout/stderr of the main command, for debugging and reports. */
  stdout: string;
  stderr: string;
}

export interface PulumiTools {
  pulumi: string;
  languageHost: string;
  binDir: string;
}

// ------------------------------------------------------------------------------------------------
// Locating the tools.

function pinnedPulumiVersion(): string {
  try {
    const text = readFileSync(join(REPO_ROOT, "scripts", "tool-versions.sh"), "utf8");
    const m = /^PULUMI_VERSION=(\S+)/m.exec(text);
    if (m) return m[1].replace(/^["']|["']$/g, "");
  } catch {
    // fall through
  }
  return "v3.276.0";
}

function cacheDir(env: NodeJS.ProcessEnv): string {
  return env.CLAUSIER_GUARD_CACHE || join(env.XDG_CACHE_HOME || join(homedir(), ".cache"), "clausier-guard");
}

/** Where scripts/bootstrap.sh puts `pulumi` and `pulumi-language-nodejs`. */
export function defaultPulumiBinDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.CLAUSIER_PULUMI_BIN || join(cacheDir(env), `pulumi-${pinnedPulumiVersion()}`, "bin");
}

function isExecutable(p: string): boolean {
  try {
    return statSync(p).isFile() && (statSync(p).mode & 0o111) !== 0;
  } catch {
    return false;
  }
}

/** Finds the CLI and the Node.js language host, or says which one is missing and how to get it. */
export function findPulumiTools(binDir: string = defaultPulumiBinDir()): PulumiTools {
  const pulumi = join(binDir, "pulumi");
  const languageHost = join(binDir, "pulumi-language-nodejs");
  const missing = [pulumi, languageHost].filter((p) => !isExecutable(p));
  if (missing.length) {
    throw new EngineError(
      `Pulumi engine not installed: missing ${missing.join(" and ")}. ` +
        "Build them with `bash scripts/bootstrap.sh pulumi` (Go module proxy, several minutes once), " +
        "or point CLAUSIER_PULUMI_BIN at a folder holding `pulumi` and `pulumi-language-nodejs`.",
      "locate-tools");
  }
  return { pulumi, languageHost, binDir };
}

/** True when both binaries are present (for tests and `doctor`-style checks). */
export function pulumiToolsAvailable(binDir: string = defaultPulumiBinDir()): boolean {
  try {
    findPulumiTools(binDir);
    return true;
  } catch {
    return false;
  }
}

// ------------------------------------------------------------------------------------------------
// Running the CLI.

interface Exec {
  code: number;
  stdout: string;
  stderr: string;
}

function run(cmd: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number; step: string }): Promise<Exec> {
  return new Promise((resolvePromise, reject) => {
    let child;
    try {
      child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    } catch (e) {
      reject(new EngineError(`${opts.step}: could not start ${cmd}: ${(e as Error).message}`, opts.step));
      return;
    }
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, "SIGKILL"); // the CLI and the plugins it started
      } catch {
        child.kill("SIGKILL");
      }
    }, opts.timeoutMs);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(new EngineError(`${opts.step}: could not run ${cmd}: ${e.message}`, opts.step));
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      // Whatever the program or a plugin left running ends with the CLI.
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // the group is already gone
      }
      const stdout = Buffer.concat(out).toString("utf8");
      const stderr = Buffer.concat(err).toString("utf8");
      if (timedOut) {
        reject(new EngineError(`${opts.step}: \`pulumi ${args[0] ?? ""}\` timed out after ${Math.round(opts.timeoutMs / 1000)} s${tail(stderr || stdout)}`, opts.step, stderr));
        return;
      }
      resolvePromise({ code: code ?? -1, stdout, stderr });
    });
  });
}

function tail(text: string, lines = 15): string {
  const t = text.trim();
  if (!t) return "";
  const all = t.split("\n");
  return `:\n${all.slice(-lines).join("\n")}`;
}

function stepFailed(step: string, args: string[], r: Exec): EngineError {
  return new EngineError(`${step}: \`pulumi ${args.join(" ")}\` failed (exit ${r.code})${tail(r.stderr || r.stdout)}`, step, r.stderr);
}

/** Writes PATH shims `pulumi-resource-<name>` that start the stand-in providers with this Node. */
export function writeStandInShims(dir: string, nodeBin: string = process.execPath): string[] {
  mkdirSync(dir, { recursive: true });
  const names: string[] = [];
  for (const name of ["aws", "azure-native"]) {
    const entry = join(REPO_ROOT, "tools", "providers", name, "index.js");
    if (!existsSync(entry)) throw new EngineError(`stand-in provider ${name} not found at ${entry}`, "stand-in-providers");
    const shim = join(dir, `pulumi-resource-${name}`);
    writeFileSync(shim, `#!/bin/sh\nexec ${shellQuote(nodeBin)} ${shellQuote(entry)} "$@"\n`);
    chmodSync(shim, 0o755);
    names.push(name);
  }
  return names;
}

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

interface Sandbox {
  dir: string;
  env: NodeJS.ProcessEnv;
  cleanup: () => void;
}

function sandbox(tools: PulumiTools, opts: { standIns: boolean; pulumiHome?: string; env?: NodeJS.ProcessEnv }): Sandbox {
  const dir = mkdtempSync(join(tmpdir(), "clausier-pulumi-"));
  const state = join(dir, "state");
  const home = opts.pulumiHome ?? join(dir, "home");
  mkdirSync(state, { recursive: true });
  mkdirSync(home, { recursive: true });
  const shimDir = join(dir, "bin");
  if (opts.standIns) writeStandInShims(shimDir);
  // The program the CLI runs is the vendor's: it inherits nothing but PATH and the locale (no
  // token, no cloud credential, no developer setup), plus what the caller passes explicitly.
  const base: NodeJS.ProcessEnv = { PATH: process.env.PATH, LANG: process.env.LANG ?? "C.UTF-8", ...opts.env };
  for (const k of ["PULUMI_ACCESS_TOKEN", "PULUMI_BACKEND_URL", "PULUMI_API", "PULUMI_CONFIG_PASSPHRASE_FILE", "PULUMI_IGNORE_AMBIENT_PLUGINS"]) delete base[k];
  const env: NodeJS.ProcessEnv = {
    ...base,
    HOME: home,
    TMPDIR: dir,
    // the stand-ins first, then our CLI + language host, then this Node (for the language host)
    PATH: [opts.standIns ? shimDir : "", tools.binDir, dirname(process.execPath), base.PATH ?? ""].filter(Boolean).join(":"),
    PULUMI_HOME: home,
    PULUMI_BACKEND_URL: `file://${state}`,
    PULUMI_CONFIG_PASSPHRASE: base.PULUMI_CONFIG_PASSPHRASE ?? "clausier-guard-offline",
    PULUMI_SKIP_UPDATE_CHECK: "true",
    PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
    PULUMI_SKIP_CONFIRMATIONS: "true",
    PULUMI_AUTOMATION_API_SKIP_VERSION_CHECK: "true",
    PULUMI_DIY_BACKEND_NO_LEGACY_WARNING: "true",
    NO_COLOR: "1",
    CI: base.CI ?? "true",
  };
  return { dir, env, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

// ------------------------------------------------------------------------------------------------
// Event log parsing.

interface RawPolicyEvent {
  resourceUrn?: string;
  message?: string;
  policyName?: string;
  policyPackName?: string;
  enforcementLevel?: string;
  severity?: string;
}

/** Reads policy violations and error diagnostics from engine events (one JSON event a line). */
export function parseEventLog(text: string): { diagnostics: PolicyDiagnostic[]; errors: string[] } {
  const diagnostics: PolicyDiagnostic[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    let ev: Record<string, unknown>;
    try {
      ev = JSON.parse(line) as Record<string, unknown>;
    } catch {
      continue; // a truncated last line when the CLI was killed
    }
    const p = ev.policyEvent as RawPolicyEvent | undefined;
    if (p && typeof p.policyName === "string") {
      const d: PolicyDiagnostic = {
        policyName: p.policyName,
        policyPackName: p.policyPackName ?? "",
        message: stripAnsi(p.message ?? "").trim(),
        enforcementLevel: p.enforcementLevel ?? "",
        ...(p.severity ? { severity: p.severity } : {}),
        ...(p.resourceUrn ? { urn: p.resourceUrn } : {}),
      };
      const key = JSON.stringify(d);
      if (!seen.has(key)) {
        seen.add(key);
        diagnostics.push(d);
      }
      continue;
    }
    const diag = ev.diagnosticEvent as { severity?: string; message?: string; urn?: string } | undefined;
    if (diag && diag.severity === "error" && diag.message) {
      errors.push(stripAnsi(diag.message).trim());
    }
  }
  return { diagnostics, errors };
}

function stripAnsi(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\u001b\[[0-9;]*m/g, "").replace(/<\{%[^%]*%\}>/g, "");
}

// ------------------------------------------------------------------------------------------------
// Preview of a program.

export interface PreviewOptions {
  /** Folder holding Pulumi.yaml (its dependencies installed: node_modules reachable from there). */
  programDir: string;
  /** The policy pack folder (PulumiPolicy.yaml). */
  packDir: string;
  /** JSON policy config (`--policy-pack-config`), keyed by policy name. */
  policyConfigFile?: string;
  /** Stack name; default: the only Pulumi.<stack>.yaml of the program, else "dev". */
  stack?: string;
  /** Start the plan-only stand-in providers (default true). */
  standInProviders?: boolean;
  /** Folder of `pulumi` and `pulumi-language-nodejs` (default: the bootstrap cache). */
  binDir?: string;
  /** PULUMI_HOME (default: a fresh temporary folder). */
  pulumiHome?: string;
  /** Extra environment for the CLI. */
  env?: NodeJS.ProcessEnv;
  /** Deadline for the preview itself (default 10 minutes). */
  timeoutMs?: number;
}

/** The stack whose Pulumi.<stack>.yaml the program carries (the only one), else "dev". */
export function detectStack(programDir: string): string {
  const stacks = readdirSync(programDir)
    .map((f) => /^Pulumi\.(.+)\.ya?ml$/.exec(f)?.[1])
    .filter((s): s is string => !!s);
  return stacks.length === 1 ? stacks[0] : "dev";
}

function checkDir(path: string, marker: string, what: string): string {
  const abs = resolve(path);
  if (!existsSync(join(abs, marker))) {
    throw new EngineError(`${what} ${abs} has no ${marker}`, "inputs");
  }
  return abs;
}

/**
 * Previews `programDir` with the real engine and our policy pack, offline. The program's own files
 * are left untouched: the stack config (Pulumi.<stack>.yaml) is read from a copy whose secure values
 * are blanked, since they were encrypted for another backend.
 */
export async function previewWithPolicies(opts: PreviewOptions): Promise<EngineRunResult> {
  const tools = findPulumiTools(opts.binDir);
  const programDir = checkDir(opts.programDir, "Pulumi.yaml", "program folder");
  const packDir = checkDir(opts.packDir, "PulumiPolicy.yaml", "policy pack folder");
  const policyConfig = opts.policyConfigFile ? resolve(opts.policyConfigFile) : undefined;
  if (policyConfig && !existsSync(policyConfig)) throw new EngineError(`policy config ${policyConfig} not found`, "inputs");
  const stack = opts.stack ?? detectStack(programDir);
  const sb = sandbox(tools, { standIns: opts.standInProviders !== false, pulumiHome: opts.pulumiHome, env: opts.env });
  try {
    // `pulumi stack init` writes the passphrase salt into Pulumi.<stack>.yaml: it runs in a shadow
    // project (a copy of Pulumi.yaml) so the program's own files stay untouched; the preview then
    // reads that shadow config through --config-file.
    const shadow = join(sb.dir, "project");
    mkdirSync(shadow);
    writeFileSync(join(shadow, "Pulumi.yaml"), readFileSync(join(programDir, "Pulumi.yaml")));
    const configFile = join(shadow, `Pulumi.${stack}.yaml`);
    writeFileSync(configFile, await offlineStackConfig(join(programDir, `Pulumi.${stack}.yaml`)));

    const init = ["stack", "init", stack, "--non-interactive", "--secrets-provider", "passphrase"];
    const ri = await run(tools.pulumi, init, { cwd: shadow, env: sb.env, timeoutMs: 120_000, step: "stack-init" });
    if (ri.code !== 0) throw stepFailed("stack-init", init, ri);

    const args = [
      "preview", "--stack", stack, "--config-file", configFile, "--non-interactive", "--json",
      "--policy-pack", packDir, ...(policyConfig ? ["--policy-pack-config", policyConfig] : []),
    ];
    const env = { ...sb.env, PULUMI_ENABLE_STREAMING_JSON_PREVIEW: "true" };
    const r = await run(tools.pulumi, args, { cwd: programDir, env, timeoutMs: opts.timeoutMs ?? 600_000, step: "preview" });
    return toResult(r, r.stdout, "preview", args);
  } finally {
    sb.cleanup();
  }
}

/**
 * A copy of the stack config fit for an offline, throw-away stack: the secrets-provider fields go
 * (they belong to the program's real backend) and `secure:` values become a placeholder string.
 */
export async function offlineStackConfig(path: string): Promise<string> {
  if (!existsSync(path)) return "config: {}\n";
  const YAML = (await import("yaml")).default;
  let doc: Record<string, unknown>;
  try {
    doc = (YAML.parse(readFileSync(path, "utf8")) ?? {}) as Record<string, unknown>;
  } catch (e) {
    throw new EngineError(`stack config ${path} is not valid YAML: ${(e as Error).message}`, "inputs");
  }
  const blank = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(blank);
    if (v && typeof v === "object") {
      const o = v as Record<string, unknown>;
      if (Object.keys(o).length === 1 && typeof o.secure === "string") return "clausier-guard-offline-secret";
      return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, blank(x)]));
    }
    return v;
  };
  const out: Record<string, unknown> = { config: blank(doc.config ?? {}) };
  if (doc.environment !== undefined) {
    // ESC environments need Pulumi Cloud: not available offline.
    throw new EngineError(`stack config ${path} imports ESC environments (\`environment:\`), which need Pulumi Cloud; not supported offline`, "inputs");
  }
  return YAML.stringify(out);
}

/** The CLI's closing line when anything failed, policies included: not a cause of its own. */
const SUMMARY_FAILURE = /^(preview|update|refresh|destroy|analyze|policy analyze) failed$/i;

function toResult(r: Exec, events: string, step: string, args: string[]): EngineRunResult {
  const parsed = parseEventLog(events);
  const { diagnostics } = parsed;
  // What broke besides the policies (a data source, a provider, the program). With mandatory
  // findings too, the run still stopped partway: the caller reports it incomplete.
  const errors = parsed.errors.filter((e) => !SUMMARY_FAILURE.test(e));
  const mandatory = diagnostics.some((d) => d.enforcementLevel === "mandatory");
  if (r.code !== 0 && !mandatory) {
    // A failure that is not a policy verdict: the program, a plugin or the pack broke.
    // The first lines of each error: enough to name the cause without pages of stack frames.
    const short = errors.slice(0, 5).map((e) => e.split("\n").slice(0, 4).join("\n"));
    const why = short.length ? `:\n${short.join("\n")}` : tail(r.stderr || r.stdout);
    throw new EngineError(`${step}: \`pulumi ${args.slice(0, 1).join(" ")}\` failed (exit ${r.code}) without a mandatory policy violation${why}`, step, r.stderr);
  }
  return { diagnostics, passed: r.code === 0 && !mandatory, exitCode: r.code, errors, stdout: r.stdout, stderr: r.stderr };
}

// ------------------------------------------------------------------------------------------------
// Analysis of an exported state.

/**
 * Runs the pack against an exported state (`pulumi stack export` JSON) with `pulumi policy analyze`:
 * no program, no providers, no login.
 */
export async function analyzeState(stateFile: string, packDir: string, configFile?: string,
  opts: { binDir?: string; timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}): Promise<EngineRunResult> {
  const tools = findPulumiTools(opts.binDir);
  const state = resolve(stateFile);
  if (!existsSync(state)) throw new EngineError(`state file ${state} not found`, "inputs");
  const pack = checkDir(packDir, "PulumiPolicy.yaml", "policy pack folder");
  const config = configFile ? resolve(configFile) : undefined;
  if (config && !existsSync(config)) throw new EngineError(`policy config ${config} not found`, "inputs");
  const sb = sandbox(tools, { standIns: false, env: opts.env });
  try {
    const help = await run(tools.pulumi, ["policy", "analyze", "--help"], { cwd: sb.dir, env: sb.env, timeoutMs: 60_000, step: "policy-analyze" });
    if (help.code !== 0 || !/--file/.test(help.stdout)) {
      throw new EngineError(`this pulumi (${tools.pulumi}) has no \`pulumi policy analyze --file\` (needs v3.229 or later)${tail(help.stderr)}`, "policy-analyze", help.stderr);
    }
    // --json: one engine event a line, policy events included.
    const args = ["policy", "analyze", "--file", state, "--policy-pack", pack,
      ...(config ? ["--policy-pack-config", config] : []), "--non-interactive", "--json"];
    const r = await run(tools.pulumi, args, { cwd: sb.dir, env: sb.env, timeoutMs: opts.timeoutMs ?? 600_000, step: "policy-analyze" });
    return toResult(r, r.stdout, "policy-analyze", args);
  } finally {
    sb.cleanup();
  }
}

