// `evaluate`: runs a Pulumi program offline under mocks, then evaluates a CrossGuard pack on what
// it registered by speaking the analyzer protocol, as `pulumi preview --policy-pack` would.
// By default the run is a simulation (providers' outputs predicted, so computed documents are
// checked); `preview: true` keeps the first-preview view (every output unknown).
import path from "node:path";
import type { Finding, View } from "../../policies/core/model";
import type { Profile } from "../../policies/core/profile";
import { waiverRef, waiverStatus } from "../../policies/core/waivers";
import { compilePolicyConfig, scopedOutPolicies } from "../../policies/compile";
import { allRules } from "../../policies/rules";
import { decideVerdict, TOOL_NAME, toolVersion, type EvaluateResult, type Evaluation, type WaiverListing } from "../result/model";
import { AnalyzerSession, type Diagnostic, type PolicyConfigEntry } from "./analyzer-client";
import { toEngineResources, type EngineResource } from "./engine-view";
import { policyFinding } from "./findings";
import { ProgramFailure, runProgram } from "./program-runner";
import { loadProject } from "./project";
import { redactResult, secretShapedValues } from "./redact-result";
import { programWarnings } from "./warnings";

export const DEFAULT_PACK_DIR = path.resolve(__dirname, "../../policies");

export interface EvaluateOptions {
  dir: string;
  stack: string;
  profile: Profile;
  packDir?: string;
  now?: Date;
  preview?: boolean;
}

function isOurPack(packDir: string): boolean {
  return path.resolve(packDir) === DEFAULT_PACK_DIR;
}

/** Our pack gets the compiled profile; another pack gets the profile as-is under each policy. */
function packConfig(packDir: string, profile: Profile, policyNames: string[], now?: Date): Record<string, PolicyConfigEntry> {
  if (isOurPack(packDir)) return compilePolicyConfig(profile, allRules, now) as unknown as Record<string, PolicyConfigEntry>;
  return Object.fromEntries(policyNames.map((n) => [n, {}]));
}

function resourceOf(d: Diagnostic, byUrn: Map<string, EngineResource>): { urn: string; type: string; name: string } | null {
  const r = d.urn ? byUrn.get(d.urn) : undefined;
  if (r) return { urn: r.urn, type: r.type, name: r.name };
  return d.urn ? { urn: d.urn, type: d.urn.split("::")[2] ?? "", name: d.urn.split("::")[3] ?? "" } : null;
}

/** Profile waivers with their status on the evaluation date. */
export function waiverListing(profile: Profile, now: Date): WaiverListing[] {
  return profile.waivers.map((w) => ({ ...waiverRef(w), status: waiverStatus(w, profile, now) }));
}

/**
 * An evaluation as the one result model: the pack is the "scanner" that verified the findings;
 * an incomplete evaluation is that scanner failing, hence an error (exit 2) whatever it found.
 */
export function evaluationResult(evaluation: Evaluation, findings: Finding[], waivers: WaiverListing[], now: Date): EvaluateResult {
  const failed = evaluation.errors.length > 0;
  const scanners = [{
    name: `pulumi-policy:${evaluation.policyPack.name}`, version: evaluation.policyPack.version, status: failed ? "failed" as const : "ok" as const,
    durationMs: evaluation.durationMs.analysis, findingCount: findings.length, ...(failed ? { reason: evaluation.errors.join("; ") } : {}),
  }];
  return {
    kind: "evaluate", tool: { name: TOOL_NAME, version: toolVersion() }, generatedAt: now.toISOString(),
    ...decideVerdict(findings, scanners), evaluation, waivers, findings, scanners,
  };
}

export async function evaluate(opts: EvaluateOptions): Promise<EvaluateResult> {
  const packDir = path.resolve(opts.packDir ?? DEFAULT_PACK_DIR);
  const project = loadProject(opts.dir, opts.stack);
  const t0 = Date.now();
  let packReadyAt = 0;
  const packPromise = AnalyzerSession.start(packDir).then((s) => { packReadyAt = Date.now(); return s; });
  packPromise.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
  // The pack starts while the program runs; both are child processes.
  let view: View = opts.preview ? "preview" : "simulation";
  let fallback: string | undefined;
  const run = await runProgram(project, opts.stack, { preview: view === "preview" })
    .catch((e: unknown) => {
      // A callback that reads an output the simulation does not predict (an output-only field of
      // a nested object) throws; a preview never runs it. Evaluate that view instead, and say so.
      if (!(e instanceof ProgramFailure) || view === "preview") throw e;
      view = "preview";
      fallback = e.detail;
      return runProgram(project, opts.stack, { preview: true });
    })
    .catch(async (e: unknown) => {
      (await packPromise.catch(() => undefined))?.stop();
      throw e;
    });
  const t1 = Date.now();
  const session = await packPromise;
  const t2 = Date.now();
  try {
    const info = await session.info();
    await session.configure(packConfig(packDir, opts.profile, info.policies.map((p) => p.name), opts.now));
    // Dry run in both views: in a simulation, what the cloud picks at random is still unknown.
    await session.configureStack(opts.stack, project.name, true);
    const resources = toEngineResources(run.resources, opts.stack, project.name, project.config);
    const byUrn = new Map(resources.map((r) => [r.urn, r]));
    const diags: Diagnostic[] = await session.analyzeEach(resources, byUrn);
    // The engine hands stack policies the root stack's outputs as its properties.
    const stackResources = resources.map((r) => (r.type === "pulumi:pulumi:Stack" && !r.parent ? { ...r, properties: run.outputValues } : r));
    diags.push(...await session.analyzeStack(stackResources, byUrn));
    const findings = diags.filter((d) => d.enforcementLevel !== "disabled").map((d) => policyFinding(d, resourceOf(d, byUrn), opts.stack, view));
    const now = opts.now ?? new Date();
    const programResources = resources.filter((r) => !isDefaultProvider(r)).length;
    return redactResult(evaluationResult({
      stack: opts.stack,
      project: project.name,
      program: project.dir,
      policyPack: { name: info.name, version: info.version, policies: info.policies.length, ...(isOurPack(packDir) ? { disabled: scopedOutPolicies(opts.profile, allRules) } : {}) },
      // As the engine counts them: the program's resources and the root stack, not default providers.
      resources: programResources,
      // The pack starts while the program runs: packStart is its own start-up time.
      durationMs: { program: t1 - t0, packStart: packReadyAt - t0, analysis: Date.now() - t2 },
      view,
      warnings: programWarnings(programResources - 1, run.approximated, fallback),
      errors: [],
    }, findings, waiverListing(opts.profile, now), now), [...run.secrets, ...configSecrets(project), ...secretShapedValues(run.resources.map((r) => r.inputs))]);
  } finally {
    session.stop();
  }
}

/** Config values the stack marks secret (placeholders offline, but a plaintext copy may exist). */
function configSecrets(project: { config: Record<string, string>; secretKeys: string[] }): string[] {
  return project.secretKeys.map((k) => project.config[k]).filter((v): v is string => typeof v === "string");
}

function isDefaultProvider(r: EngineResource): boolean {
  return r.type.startsWith("pulumi:providers:") && r.name.startsWith("default");
}
