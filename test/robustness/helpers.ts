// Helpers for the robustness suite: the CLI in-process and as a real process, fake tool binaries,
// temporary repositories and process-environment overrides (the gate's scanners read
// process.env, not CommandIO.env).
import { execFileSync, spawn } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { run } from "../../ci/cli/main";

export const ROOT = resolve(__dirname, "../..");
export const BIN = join(ROOT, "bin", "clausier-guard.cjs");
export const FIXTURES = join(__dirname, "fixtures");

const dirs: string[] = [];

export function tmp(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), `cg-robust-${prefix}-`));
  dirs.push(d);
  return d;
}

export function cleanup(): void {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

export function write(root: string, files: Record<string, string | Buffer>): void {
  for (const [p, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), content);
  }
}

const GIT_ENV = { GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.org", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.org", GIT_CONFIG_NOSYSTEM: "1" };

export function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", ...args], { cwd, encoding: "utf8", env: { ...process.env, ...GIT_ENV } });
}

/** A git repository with one commit holding `files`. */
export function gitRepo(files: Record<string, string | Buffer>, prefix = "repo"): string {
  const root = tmp(prefix);
  git(root, "init", "-q");
  write(root, files);
  git(root, "add", "-A");
  git(root, "commit", "-q", "-m", "initial");
  return root;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/** `run(argv, io)` in this process, as a test would call the CLI. */
export async function cli(args: string[], cwd = ROOT): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const t0 = Date.now();
  const code = await run(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, cwd, env: { ...process.env } });
  return { code, stdout, stderr, ms: Date.now() - t0 };
}

/**
 * The real executable, as CI runs it. Resolves with code -1 (and kills the process group) if it
 * has not exited within `limitMs`: a hang is a failure, never a wait.
 */
export function bin(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; limitMs?: number } = {}): Promise<CliResult & { signal: NodeJS.Signals | null; hung: boolean }> {
  const t0 = Date.now();
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, env: opts.env ?? process.env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    let stdout = "";
    let stderr = "";
    let hung = false;
    child.stdout.on("data", (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on("data", (d: Buffer) => { stderr += d.toString(); });
    const timer = setTimeout(() => {
      hung = true;
      try { process.kill(-child.pid!, "SIGKILL"); } catch { /* gone */ }
    }, opts.limitMs ?? 60_000);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code: hung ? -1 : code ?? -1, signal, stdout, stderr, ms: Date.now() - t0, hung });
    });
  });
}

/** Sets environment variables for the duration of `fn` (undefined deletes), then restores them. */
export async function withEnv<T>(over: Record<string, string | undefined>, fn: () => Promise<T>): Promise<T> {
  const saved: Record<string, string | undefined> = {};
  for (const k of Object.keys(over)) saved[k] = process.env[k];
  try {
    for (const [k, v] of Object.entries(over)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    return await fn();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/** An executable shell script standing in for a tool. */
export function fakeTool(name: string, body: string, mode = 0o755): string {
  const d = tmp(`fake-${name}`);
  const p = join(d, name);
  writeFileSync(p, `#!/bin/sh\n${body}\n`);
  chmodSync(p, mode);
  return p;
}

/** A PATH holding only git and the basic utilities (no semgrep, no gitleaks). */
export function pathWithoutScanners(): string {
  const d = tmp("path");
  for (const tool of ["git", "sh", "env", "cat", "sleep"]) {
    const found = execFileSync("sh", ["-c", `command -v ${tool}`], { encoding: "utf8" }).trim();
    if (found) symlinkSync(found, join(d, tool));
  }
  return d;
}

/** True while a process with this id exists (zombies of our own children excepted). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

export async function waitUntil(cond: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (cond()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return cond();
}

/** A stack trace line: the CLI must never print one without CLAUSIER_DEBUG. */
export const STACK_TRACE = /\n\s+at .+[:(]\d+/;

/**
 * Shell bodies for fakes that behave as working scanners on a clean tree: they report the
 * self-test canary the gate plants for each run (and nothing else). Without them a fake is a
 * stub, and the gate fails it.
 */
export const SEMGREP_FINDS_CANARY = `c=""; for a in "$@"; do case "$a" in */canary_*.ts) c="$a";; esac; done
printf '{"results":[{"check_id":"rules.eval-non-literal","path":"%s","start":{"line":2},"extra":{}}],"errors":[]}\\n' "$c"`;
export const GITLEAKS_FINDS_CANARY = `if [ "$1" = dir ]; then f="$2/extra/canary.env"; s=$(grep -o 'ghp_[A-Za-z0-9]*' "$f")
printf '[{"RuleID":"generic-api-key","File":"%s","Secret":"%s","StartLine":1}]\\n' "$f" "$s"; exit 42; fi
echo '[]'`;
