// Runs a Pulumi program in a child Node process under runtime mocks (child/run-program.ts) and
// returns the recorded resources. The child loads TypeScript and ESM through tsx.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { InputError } from "../cli/errors";
import type { RecordedResource, RunRequest, RunResult } from "./child/protocol";
import type { PulumiProject } from "./project";

export interface ProgramRun {
  resources: RecordedResource[];
  outputs: string[];
}

// The installed package ships the child compiled; a checkout runs its TypeScript source.
const CHILD = ["run-program.js", "run-program.ts"].map((f) => path.join(__dirname, "child", f)).find((f) => existsSync(f)) ?? path.join(__dirname, "child", "run-program.ts");
const TSX_LOADER = pathToFileURL(require.resolve("tsx")).href;

export async function runProgram(project: PulumiProject, stack: string, opts: { preview?: boolean; timeoutMs?: number } = {}): Promise<ProgramRun> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "clausier-eval-"));
  const outFile = path.join(tmp, "result.json");
  const request: RunRequest = {
    programDir: project.dir, entry: project.entry, project: project.name, stack,
    config: project.config, secretKeys: project.secretKeys, preview: opts.preview ?? true, outFile,
  };
  const timeoutMs = opts.timeoutMs ?? 300_000;
  try {
    const { code, stderr, timedOut } = await new Promise<{ code: number | null; stderr: string; timedOut: boolean }>((resolve) => {
      // The Pulumi SDK holds every in-flight registration's outputs and promises: a 10,000-resource
      // program peaks near 6 GB before it settles, past V8's default heap limit.
      const heapMb = Math.max(4096, Math.min(8192, Math.floor((os.totalmem() / 1048576) * 0.5)));
      const child = spawn(process.execPath, [`--max-old-space-size=${heapMb}`, "--import", TSX_LOADER, CHILD], {
        cwd: project.dir,
        env: { ...process.env, CLAUSIER_EVAL_REQUEST: JSON.stringify(request), PULUMI_TEST_MODE: "true", PULUMI_NODEJS_STACK: stack, PULUMI_NODEJS_PROJECT: project.name },
        stdio: ["ignore", "ignore", "pipe"],
      });
      let err = "";
      let timedOut = false;
      child.stderr.on("data", (d: Buffer) => { if (err.length < 64_000) err += d.toString(); });
      const timer = setTimeout(() => { timedOut = true; child.kill("SIGKILL"); }, timeoutMs);
      child.on("close", (c) => { clearTimeout(timer); resolve({ code: c, stderr: err, timedOut }); });
      child.on("error", (e) => { clearTimeout(timer); resolve({ code: -1, stderr: e.message, timedOut }); });
    });
    if (timedOut) throw new InputError(`program ${project.dir}: did not finish within ${Math.round(timeoutMs / 1000)} s`);
    let result: RunResult;
    try {
      result = JSON.parse(readFileSync(outFile, "utf8")) as RunResult;
    } catch {
      const detail = stderr.trim().split("\n").filter((l) => l.trim()).slice(0, 8).join("\n  ");
      throw new InputError(`program ${project.dir}: crashed (exit ${code})${detail ? `:\n  ${detail}` : ""}`);
    }
    if (!result.ok) {
      const hint = result.hint ? `\n  ${result.hint}` : "";
      if (result.kind === "missing-module") {
        throw new InputError(`program ${project.dir}: cannot find module '${result.module ?? "?"}' — its dependencies are not installed; run \`npm install\` in ${project.dir}${hint}`);
      }
      throw new InputError(`program ${project.dir} (stack ${stack}) failed: ${result.message}${hint}`);
    }
    return { resources: result.resources, outputs: result.outputs };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
