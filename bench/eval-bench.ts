// Policy-evaluation benchmark: the same steps as `clausier-guard evaluate` (ci/evaluate/evaluate.ts,
// same functions), with a clock on each phase and the peak memory of each process.
//
//   node --import tsx bench/eval-bench.ts startup PACK_DIR [REPS]
//       Starts the pack alone REPS times: spawn → port printed → GetAnalyzerInfo answered.
//   node --import tsx bench/eval-bench.ts eval PROGRAM_DIR STACK PACK_DIR
//       Program child and pack start concurrently (as evaluate does), then Configure,
//       ConfigureStack, one Analyze per resource, AnalyzeStack.
//
// Prints one JSON object on stdout. Peak memory: the pack's VmHWM is read from /proc/<pid>/status
// just before it is stopped; the program child's comes from bench/lib/probe.cjs (preloaded with
// NODE_OPTIONS, BENCH_PROBE_DIR set by run.sh); this process's own from /proc/self/status.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { AnalyzerSession, type Diagnostic } from "../ci/evaluate/analyzer-client";
import { toEngineResources } from "../ci/evaluate/engine-view";
import { DEFAULT_PACK_DIR } from "../ci/evaluate/evaluate";
import { policyFinding } from "../ci/evaluate/findings";
import { runProgram } from "../ci/evaluate/program-runner";
import { loadProject } from "../ci/evaluate/project";
import { loadProfileFile } from "../ci/cli/profile-file";
import { compilePolicyConfig } from "../policies/compile";
import { allRules } from "../policies/rules";

const now = () => Number(process.hrtime.bigint()) / 1e6;

function hwmKb(pid: number | "self"): number {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function pidOf(s: AnalyzerSession): number {
  return (s as unknown as { child: { pid: number } }).child.pid;
}

async function startup(packDir: string, reps: number) {
  const runs = [];
  for (let i = 0; i < reps; i++) {
    const t0 = now();
    const s = await AnalyzerSession.start(packDir);
    const tPort = now();
    const info = await s.info();
    const tInfo = now();
    runs.push({ portMs: Math.round(tPort - t0), infoMs: Math.round(tInfo - t0), policies: info.policies.length, packHwmKb: hwmKb(pidOf(s)) });
    s.stop();
    await new Promise((r) => setTimeout(r, 300));
  }
  return { mode: "startup", packDir, runs };
}

async function evalBench(dir: string, stack: string, packDir: string) {
  // Ours, or a patched copy of ours (BENCH_OURS=1, for experiments): it gets the compiled profile, as evaluate does.
  const ours = path.resolve(packDir) === DEFAULT_PACK_DIR || process.env.BENCH_OURS === "1";
  const profile = loadProfileFile(undefined);
  const project = loadProject(dir, stack);
  const t0 = now();
  let tReady = 0;
  const packPromise = AnalyzerSession.start(path.resolve(packDir)).then((s) => { tReady = now(); return s; });
  packPromise.catch(() => undefined);
  // BENCH_VIEW=preview: the first-preview view; default: evaluate's simulation.
  const preview = process.env.BENCH_VIEW === "preview";
  const probe = { NODE_OPTIONS: process.env.NODE_OPTIONS ?? "", ...(process.env.BENCH_PROBE_DIR ? { BENCH_PROBE_DIR: process.env.BENCH_PROBE_DIR } : {}) };
  // A failed program run must not leave the pack (a child process) behind.
  const run = await runProgram(project, stack, { preview, timeoutMs: 900_000, env: probe })
    .catch(async (e: unknown) => { (await packPromise.catch(() => undefined))?.stop(); throw e; });
  const t1 = now();
  const session = await packPromise;
  const t2 = now();
  try {
    const info = await session.info();
    const tInfo = now();
    const config = ours
      ? (compilePolicyConfig(profile, allRules) as unknown as Parameters<AnalyzerSession["configure"]>[0])
      : Object.fromEntries(info.policies.map((p) => [p.name, {}]));
    await session.configure(config);
    await session.configureStack(stack, project.name, true);
    const tConf = now();
    const resources = toEngineResources(run.resources, stack, project.name, project.config);
    const byUrn = new Map(resources.map((r) => [r.urn, r]));
    const tA0 = now();
    const diags: Diagnostic[] = await session.analyzeEach(resources, byUrn, Number(process.env.BENCH_ANALYZE_IN_FLIGHT ?? 8));
    const tA1 = now();
    diags.push(...await session.analyzeStack(resources, byUrn));
    const tS1 = now();
    const violations = diags.filter((d) => d.enforcementLevel !== "disabled").map((d) => policyFinding(d, null, stack, preview ? "preview" : "simulation"));
    const tEnd = now();
    const packHwm = hwmKb(pidOf(session));
    const perType: Record<string, number> = {};
    for (const r of resources) perType[r.type] = (perType[r.type] ?? 0) + 1;
    const enabled = ours ? Object.values(config).filter((c) => (c as { enforcementLevel?: string }).enforcementLevel !== "disabled").length : info.policies.length;
    return {
      mode: "eval", program: dir, stack, packDir, pack: { name: info.name, version: info.version, policies: info.policies.length, enabled },
      recorded: run.resources.length, analyzed: resources.length, diagnostics: diags.length, violations: violations.length,
      ms: {
        program: Math.round(t1 - t0),
        packReadyFromStart: Math.round(tReady - t0),
        packWaitAfterProgram: Math.round(t2 - t1),
        info: Math.round(tInfo - t2),
        configure: Math.round(tConf - tInfo),
        analyze: Math.round(tA1 - tA0),
        analyzeStack: Math.round(tS1 - tA1),
        toViolations: Math.round(tEnd - tS1),
        analysisAsEvaluateReports: Math.round(tEnd - t2),
        total: Math.round(tEnd - t0),
      },
      perResourceMs: { analyze: (tA1 - tA0) / resources.length, analyzeStack: (tS1 - tA1) / resources.length, both: (tS1 - tA0) / resources.length },
      memKb: { pack: packHwm, harness: hwmKb("self"), program: programHwm() },
      types: perType,
    };
  } finally {
    session.stop();
  }
}

/** The program child's peak, recorded by probe.cjs when it exited. */
function programHwm(): number {
  const dir = process.env.BENCH_PROBE_DIR;
  if (!dir) return 0;
  let best = 0;
  for (const f of readdirSync(dir)) {
    if (!f.startsWith("program-")) continue;
    const j = JSON.parse(readFileSync(path.join(dir, f), "utf8")) as { hwmKb: number };
    best = Math.max(best, j.hwmKb);
  }
  return best;
}

async function main() {
  const [mode, ...a] = process.argv.slice(2);
  const out = mode === "startup" ? await startup(a[0], Number(a[1] ?? 3))
    : mode === "eval" ? await evalBench(a[0], a[1], a[2])
    : (() => { throw new Error("usage: eval-bench.ts startup PACK [REPS] | eval DIR STACK PACK"); })();
  process.stdout.write(JSON.stringify(out) + "\n");
  process.exit(0);
}

void main().catch((e) => { console.error(e instanceof Error ? e.stack : e); process.exit(1); });
