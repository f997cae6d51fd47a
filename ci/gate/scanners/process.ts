// Running an external security tool (semgrep, gitleaks, and any future scanner) the same way:
// bounded in time and output, killed as a whole process group, and every way it can go wrong
// turned into one short reason naming the tool. The gate fails closed on any of them: a crashed
// scanner must never look like a clean scan.
import { spawn } from "node:child_process";
import { accessSync, constants, existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import type { ScannerResult } from "../types";
import { homedir } from "node:os";
import { delimiter, join, resolve } from "node:path";

export type ToolFailureKind =
  | "missing" // binary not found / not executable
  | "spawn-error" // any other error starting the process
  | "timeout" // our own time limit
  | "aborted" // the caller's AbortSignal
  | "killed" // terminated by a signal we did not send (OOM killer, crash)
  | "output-too-large"; // stdout exceeded the cap (killed to protect the gate's memory)

export interface RunToolOptions {
  /** Name used in every reason ("semgrep", "gitleaks"). */
  tool: string;
  command: string;
  args: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  /** Hard limit for this one process, independent of `signal`. */
  timeoutMs?: number;
  /** stdout cap in bytes (default 64 MiB); stderr keeps only its last 64 KiB. */
  maxStdoutBytes?: number;
  /** Grace period between SIGTERM and SIGKILL (default 2 s). */
  killGraceMs?: number;
}

export interface ToolRun {
  tool: string;
  command: string;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  durationMs: number;
  failure?: { kind: ToolFailureKind; reason: string };
}

const STDERR_TAIL = 64 * 1024;

/** Spawns a tool in its own process group and resolves once it has ended; never rejects. */
export function runTool(opts: RunToolOptions): Promise<ToolRun> {
  const started = Date.now();
  const maxStdout = opts.maxStdoutBytes ?? 64 * 1024 * 1024;
  const grace = opts.killGraceMs ?? 2000;
  return new Promise<ToolRun>((resolvePromise) => {
    const out: Buffer[] = [];
    let outBytes = 0;
    let err = Buffer.alloc(0);
    let failure: ToolRun["failure"];
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    let killTimer: NodeJS.Timeout | undefined;
    let exitFallback: NodeJS.Timeout | undefined;

    const finish = (exitCode: number | null, signal: NodeJS.Signals | null): void => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      if (killTimer) clearTimeout(killTimer);
      if (exitFallback) clearTimeout(exitFallback);
      opts.signal?.removeEventListener("abort", onAbort);
      if (!failure && signal) {
        failure = { kind: "killed", reason: `${opts.tool} was killed by ${signal} (crash or out of memory?)` };
      }
      resolvePromise({
        tool: opts.tool,
        command: opts.command,
        exitCode,
        signal,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: err.toString("utf8"),
        durationMs: Date.now() - started,
        failure,
      });
    };

    if (opts.signal?.aborted) {
      failure = { kind: "aborted", reason: `${opts.tool} was not started: the gate's time budget was already spent` };
      finish(null, null);
      return;
    }

    let child: ReturnType<typeof spawn>;
    try {
      // detached: the tool leads its own process group, so a timeout kills its children too
      // (semgrep runs semgrep-core; a wrapper script may run anything).
      child = spawn(opts.command, opts.args, {
        cwd: opts.cwd,
        env: opts.env ?? process.env,
        stdio: ["ignore", "pipe", "pipe"],
        detached: true,
      });
    } catch (e) {
      failure = classifySpawnError(opts, e);
      finish(null, null);
      return;
    }

    const killGroup = (sig: NodeJS.Signals): void => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, sig);
      } catch {
        try {
          child.kill(sig);
        } catch {
          /* already gone */
        }
      }
    };
    const stop = (kind: ToolFailureKind, reason: string): void => {
      if (failure || settled) return;
      failure = { kind, reason };
      killGroup("SIGTERM");
      killTimer = setTimeout(() => killGroup("SIGKILL"), grace);
      killTimer.unref();
    };
    function onAbort(): void {
      stop("aborted", `${opts.tool} was stopped: the gate's time budget is spent`);
    }
    opts.signal?.addEventListener("abort", onAbort, { once: true });
    if (opts.timeoutMs !== undefined) {
      timer = setTimeout(() => stop("timeout", `${opts.tool} timed out after ${Math.round(opts.timeoutMs! / 1000)} s`), opts.timeoutMs);
    }

    child.stdout!.on("data", (chunk: Buffer) => {
      if (failure?.kind === "output-too-large") return;
      outBytes += chunk.length;
      if (outBytes > maxStdout) {
        stop("output-too-large", `${opts.tool} produced more than ${maxStdout} bytes of output`);
        return;
      }
      out.push(chunk);
    });
    child.stderr!.on("data", (chunk: Buffer) => {
      err = Buffer.concat([err, chunk]);
      if (err.length > STDERR_TAIL) err = err.subarray(err.length - STDERR_TAIL);
    });
    child.on("error", (e) => {
      if (!failure) failure = classifySpawnError(opts, e);
      finish(null, null);
    });
    child.on("exit", (code, sig) => {
      // 'close' waits for the pipes; if a grandchild keeps them open after the group was
      // killed, do not wait forever.
      exitFallback = setTimeout(() => finish(code, sig), 1000);
      exitFallback.unref();
    });
    child.on("close", (code, sig) => finish(code, sig));
  });
}

function classifySpawnError(opts: RunToolOptions, e: unknown): ToolRun["failure"] {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT" || code === "EACCES" || code === "ENOTDIR") {
    return { kind: "missing", reason: `${opts.tool} not found or not executable (${opts.command}: ${code}); run scripts/bootstrap.sh ${opts.tool}` };
  }
  return { kind: "spawn-error", reason: `${opts.tool} could not be started: ${(e as Error)?.message ?? String(e)}` };
}

/**
 * The reason a finished run is not usable, or undefined when it is. `okCodes` lists the exit
 * codes that mean "ran to completion" for this tool (e.g. 0 and 42 for gitleaks with
 * `--exit-code 42`).
 */
export function runFailure(run: ToolRun, okCodes: number[]): string | undefined {
  if (run.failure) return run.failure.reason;
  if (run.exitCode === null || !okCodes.includes(run.exitCode)) {
    return `${run.tool} exited with code ${run.exitCode}${stderrHint(run.stderr)}`;
  }
  return undefined;
}

/** The last meaningful stderr line, for a reason a user can act on (never the whole log). */
export function stderrHint(stderr: string): string {
  const lines = stderr
    .replace(/\x1b\[[0-9;]*m/g, "")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  if (lines.length === 0) return "";
  const last = lines[lines.length - 1]!;
  return `: ${last.length > 300 ? `${last.slice(0, 300)}…` : last}`;
}

/** Parses a tool's JSON output; a parse failure is a scanner failure, never "no findings". */
export function parseToolJson<T>(tool: string, text: string): { ok: true; value: T } | { ok: false; reason: string } {
  const trimmed = text.trim();
  if (trimmed.length === 0) return { ok: false, reason: `${tool} printed no JSON report` };
  try {
    return { ok: true, value: JSON.parse(trimmed) as T };
  } catch (e) {
    return { ok: false, reason: `${tool} printed invalid JSON (${(e as Error).message})` };
  }
}

/** Repository root of Clausier Guard itself (this file is ci/gate/scanners/process.ts). */
export const GUARD_ROOT = resolve(__dirname, "..", "..", "..");

/** Reads a pinned version from scripts/tool-versions.sh (`SEMGREP_VERSION=1.185.0`). */
export function pinnedVersion(key: string, root = GUARD_ROOT): string | undefined {
  try {
    const text = readFileSync(join(root, "scripts", "tool-versions.sh"), "utf8");
    const m = new RegExp(`^${key}=["']?([^"'\\s#]+)`, "m").exec(text);
    return m?.[1];
  } catch {
    return undefined;
  }
}

/**
 * The version a binary reports against the pinned one (scripts/tool-versions.sh): another
 * binary first on PATH (a stub, an old release) is a failed scanner. Returns the version shown
 * in every output, with the binary's resolved path, or why it is refused.
 */
export function checkPinnedVersion(tool: string, lookup: ToolLookup, reported: string, bin: string): string | { version: string; reason: string } {
  const found = reported.split(/\s+/).pop() ?? "";
  const shown = `${found || "unknown"} (${realPath(bin)})`;
  const pinned = pinnedVersion(lookup.versionKey);
  const bare = (v: string) => v.replace(/^v/, "");
  if (!pinned) return { version: shown, reason: `${tool}: no pinned version (${lookup.versionKey} in scripts/tool-versions.sh)` };
  if (bare(found) !== bare(pinned)) {
    return { version: shown, reason: `${tool} at ${realPath(bin)} reports version ${JSON.stringify(found.slice(0, 40))}, not the pinned ${pinned}; run scripts/bootstrap.sh ${lookup.name}` };
  }
  return shown;
}

function realPath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.CLAUSIER_GUARD_CACHE || join(env.XDG_CACHE_HOME || join(env.HOME || homedir(), ".cache"), "clausier-guard");
}

export interface ToolLookup {
  /** Executable name on PATH ("semgrep"). */
  name: string;
  /** Environment variable that overrides everything ("CLAUSIER_SEMGREP"). */
  envVar: string;
  /** Key in scripts/tool-versions.sh ("SEMGREP_VERSION"). */
  versionKey: string;
  /** Cache folder prefix used by scripts/bootstrap.sh ("semgrep" → semgrep-<ver>/bin/semgrep). */
  cachePrefix: string;
}

/**
 * Where to find a tool: the override variable, then PATH, then the bootstrap cache. Returns the
 * bare name when nothing is found, so that spawning it reports "missing" with a clear reason.
 */
export function resolveTool(lookup: ToolLookup, env: NodeJS.ProcessEnv = process.env): string {
  const override = env[lookup.envVar];
  if (override) return override;
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, lookup.name);
    if (isExecutable(candidate)) return candidate;
  }
  const version = pinnedVersion(lookup.versionKey);
  if (version) {
    const cached = join(cacheDir(env), `${lookup.cachePrefix}-${version}`, "bin", lookup.name);
    if (isExecutable(cached)) return cached;
  }
  return lookup.name;
}

function isExecutable(p: string): boolean {
  try {
    if (!existsSync(p)) return false;
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Environment for a child tool: the caller's, with the given PATH-independent overrides. */
export function toolEnv(env: NodeJS.ProcessEnv, extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...env, ...extra };
}

/** A file's size in bytes; Infinity when it cannot be read (gone, no permission): never scanned. */
export function fileSize(p: string): number {
  try {
    return statSync(p).size;
  } catch {
    return Infinity;
  }
}

export function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** What every tool adapter starts with: its binary, environment, deadline and result builders. */
export function toolRun(name: string, lookup: ToolLookup, input: { profile: { gate: { timeoutSeconds: number } } }, options: { env?: NodeJS.ProcessEnv; timeoutMs?: number }) {
  const started = Date.now();
  const env = options.env ?? process.env;
  const timeoutMs = options.timeoutMs ?? input.profile.gate.timeoutSeconds * 1000;
  const result = (partial: Omit<ScannerResult, "name" | "durationMs">): ScannerResult => ({ name, durationMs: Date.now() - started, ...partial });
  return {
    env,
    bin: resolveTool(lookup, env),
    timeoutMs,
    deadline: started + timeoutMs,
    result,
    failed: (version: string, reason: string): ScannerResult => result({ version, status: "failed", reason, findings: [] }),
  };
}
