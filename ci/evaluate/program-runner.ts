// Runs a Pulumi program in a child Node process under runtime mocks (child/run-program.ts) and
// returns the recorded resources. The child loads TypeScript and ESM through tsx.
//
// The program is the vendor's code: it runs with a minimal environment (no token, no cloud
// credential, a throw-away HOME and TMPDIR), in its own process group killed when the run ends
// (nothing it starts outlives `evaluate`), and its result comes back over the IPC channel with a
// nonce, never through a file it could find or forge.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, realpathSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { InputError } from "../result/errors";
import type { ChildMessage, ParentMessage, RecordedResource, RunRequest, RunResult } from "./child/protocol";
import type { PulumiProject } from "./project";

export interface ProgramRun {
  resources: RecordedResource[];
  outputs: string[];
  /** The root stack's properties in AnalyzeStack (what the engine sends: the stack's outputs). */
  outputValues: Record<string, unknown>;
  /** Values the program marked secret: outputs redact them. */
  secrets: string[];
  /** Data sources answered only approximately offline (inputs echoed). */
  approximated: string[];
}

// The installed package ships the child compiled; a checkout runs its TypeScript source.
const CHILD = ["run-program.js", "run-program.ts"].map((f) => path.join(__dirname, "child", f)).find((f) => existsSync(f)) ?? path.join(__dirname, "child", "run-program.ts");
const TSX_LOADER = pathToFileURL(require.resolve("tsx")).href;

/** The whole environment the program sees: nothing inherited but PATH and the locale. */
export function programEnv(home: string, stack: string, project: string, parent: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return {
    PATH: parent.PATH ?? "/usr/bin:/bin",
    HOME: home,
    TMPDIR: home,
    LANG: parent.LANG ?? "C.UTF-8",
    NODE_OPTIONS: "",
    PULUMI_TEST_MODE: "true",
    PULUMI_NODEJS_STACK: stack,
    PULUMI_NODEJS_PROJECT: project,
  };
}

/**
 * Node's permission model for the program child: it may write only in its own folder and its
 * throw-away HOME; it may not start processes, load native addons or use WASI. Reads are not
 * confined (module resolution and tsx probe paths all the way up): see the README's threat model.
 * (Worker threads stay allowed: tsx compiles TypeScript in one; so does the in-process inspector,
 * which Pulumi's function serialization uses for aws.lambda.CallbackFunction.)
 */
export function permissionFlags(programDir: string, home: string): string[] {
  const writes = new Set([programDir, home]);
  for (const w of [...writes]) {
    try {
      writes.add(realpathSync(w));
    } catch {
      // absent: nothing to write there
    }
  }
  return ["--permission", "--allow-worker", "--allow-inspector", "--allow-fs-read=*", ...[...writes].map((w) => `--allow-fs-write=${w}`)];
}

/** Ends a process group (the child and whatever it started), if anything of it is left. */
function killGroup(pid: number | undefined): void {
  if (!pid) return;
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // already gone
  }
}

/** The program itself threw (not a missing module, a timeout or a forged message). */
export class ProgramFailure extends InputError {
  constructor(message: string, readonly detail: string) {
    super(message);
  }
}

export interface RunOptions {
  /** The first-preview view instead of the simulation. */
  preview?: boolean;
  timeoutMs?: number;
  /** Variables the caller itself adds to the program's environment (benchmark probes). */
  env?: NodeJS.ProcessEnv;
}

export async function runProgram(project: PulumiProject, stack: string, opts: RunOptions = {}): Promise<ProgramRun> {
  const home = mkdtempSync(path.join(os.tmpdir(), "clausier-eval-home-"));
  const request: RunRequest = {
    programDir: project.dir, entry: project.entry, project: project.name, stack,
    config: project.config, secretKeys: project.secretKeys, preview: opts.preview ?? false,
  };
  const nonce = randomBytes(24).toString("hex");
  const timeoutMs = opts.timeoutMs ?? 300_000;
  try {
    const { code, stderr, timedOut, result, forged } = await new Promise<{ code: number | null; stderr: string; timedOut: boolean; result?: RunResult; forged: boolean }>((resolve) => {
      // The Pulumi SDK holds every in-flight registration's outputs and promises: a 10,000-resource
      // program peaks near 6 GB before it settles, past V8's default heap limit.
      const heapMb = Math.max(4096, Math.min(8192, Math.floor((os.totalmem() / 1048576) * 0.5)));
      const flags = [`--max-old-space-size=${heapMb}`, ...permissionFlags(project.dir, home), "--no-warnings=SecurityWarning", "--stack-trace-limit=30"];
      const child = spawn(process.execPath, [...flags, "--import", TSX_LOADER, CHILD], {
        cwd: project.dir,
        env: { ...programEnv(home, stack, project.name), ...opts.env },
        stdio: ["ignore", "ignore", "pipe", "ipc"],
        detached: true,
        serialization: "advanced",
      });
      const pid = child.pid;
      const onExit = () => killGroup(pid);
      process.once("exit", onExit);
      let err = "";
      let timedOut = false;
      let result: RunResult | undefined;
      let forged = false;
      child.stderr!.on("data", (d: Buffer) => { if (err.length < 64_000) err += d.toString(); });
      child.on("message", (m: ChildMessage) => {
        if (m && typeof m === "object" && m.nonce === nonce && !result && !forged) result = m.result;
        else forged = true;
      });
      const timer = setTimeout(() => { timedOut = true; killGroup(pid); }, timeoutMs);
      const done = (c: number | null) => {
        clearTimeout(timer);
        killGroup(pid);
        process.removeListener("exit", onExit);
        resolve({ code: c, stderr: err, timedOut, result, forged });
      };
      child.on("close", done);
      child.on("error", (e) => { err += e.message; done(-1); });
      const hello: ParentMessage = { nonce, request };
      child.send(hello);
    });
    if (timedOut) throw new InputError(`program ${project.dir}: did not finish within ${Math.round(timeoutMs / 1000)} s (a timer or connection that never ends?)`);
    if (forged) throw new InputError(`program ${project.dir}: a message that did not come from the evaluator reached it over its IPC channel; the run is not trusted`);
    if (!result) {
      const detail = stderr.trim().split("\n").filter((l) => l.trim()).slice(0, 30).join("\n  ");
      throw new InputError(`program ${project.dir}: ended before reporting its resources (exit ${code})${detail ? `:\n  ${detail}` : ""}`);
    }
    if (!result.ok) {
      const hint = result.hint ? `\n  ${result.hint}` : "";
      if (result.kind === "missing-module") {
        throw new InputError(`program ${project.dir}: cannot find module '${result.module ?? "?"}' — its dependencies are not installed; run \`npm install\` in ${project.dir}${hint}`);
      }
      throw new ProgramFailure(`program ${project.dir} (stack ${stack}) failed: ${result.message}${hint}`, result.hint ? `${result.message}, ${result.hint.trim()}` : result.message);
    }
    return { resources: result.resources, outputs: result.outputs, outputValues: result.outputValues, secrets: result.secrets, approximated: result.approximated };
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}
