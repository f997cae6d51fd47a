import path from "node:path";
import { run } from "../../ci/cli/main";

export const ROOT = path.resolve(__dirname, "../..");
export const PROGRAMS = path.join(ROOT, "test/fixtures/programs");

export async function cli(args: string[], cwd = ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await run(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, cwd, env: {} });
  return { code, stdout, stderr };
}

export async function evaluateJson(dir: string, stack: string, extra: string[] = []) {
  const r = await cli(["evaluate", dir, "--stack", stack, "--format", "json", ...extra]);
  return { ...r, json: r.stdout ? JSON.parse(r.stdout) : undefined };
}
