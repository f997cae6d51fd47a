// `evaluate`: runs a Pulumi program offline under mocks, then evaluates a CrossGuard pack on what
// it registered by speaking the analyzer protocol, as `pulumi preview --policy-pack` would.
// By default the run is a simulation (providers' outputs predicted, so computed documents are
// checked); `preview: true` keeps the first-preview view (every output unknown).
import path from "node:path";
import type { EnforcementLevel, Severity, WaiverRef } from "../../policies/core/model";
import type { Profile } from "../../policies/core/profile";
import { WAIVED_RE } from "../../policies/core/crossguard";
import { waiverRef, waiverStatus, type WaiverStatus } from "../../policies/core/waivers";
import { compilePolicyConfig } from "../../policies/compile";
import { allRules } from "../../policies/rules";
import { AnalyzerSession, type Diagnostic, type PolicyConfigEntry } from "./analyzer-client";
import { toEngineResources, type EngineResource } from "./engine-view";
import { runProgram } from "./program-runner";
import { loadProject } from "./project";
import { redactResult, secretShapedValues } from "./redact-result";
import { programWarnings, type EvaluationView } from "./warnings";

export const DEFAULT_PACK_DIR = path.resolve(__dirname, "../../policies");

export interface PolicyViolation {
  policy: string;
  clauses: string[];
  severity: Severity | "";
  enforcementLevel: EnforcementLevel | "remediate";
  resource: { urn: string; type: string; name: string } | null;
  message: string;
  waived?: WaiverRef;
  /** What the program's outputs were when the policy ran: predicted (simulation) or unknown (preview). */
  view: EvaluationView;
}

export interface EvaluateResult {
  stack: string;
  project: string;
  program: string;
  policyPack: { name: string; version: string; policies: number };
  resources: number;
  violations: PolicyViolation[];
  waivers: Array<WaiverRef & { status: WaiverStatus }>;
  durationMs: { program: number; packStart: number; analysis: number };
  view: EvaluationView;
  /** What the reader must know about how far the evaluation can be trusted (0 resources, approximations). */
  warnings: string[];
  /** What failed: the evaluation is incomplete (exit 2) and the violations are what was found before. */
  errors: string[];
}

export interface EvaluateOptions {
  dir: string;
  stack: string;
  profile: Profile;
  packDir?: string;
  now?: Date;
  preview?: boolean;
}

const CLAUSE_RE = /\[((?:O[- ]?[\d.,]+[^\]]*?))\]/;

export function clausesOf(message: string): string[] {
  const m = CLAUSE_RE.exec(message);
  return m ? m[1].split(",").map((c) => c.trim()).filter((c) => /^O-/.test(c)) : [];
}

function isOurPack(packDir: string): boolean {
  return path.resolve(packDir) === DEFAULT_PACK_DIR;
}

/** Our pack gets the compiled profile; another pack gets the profile as-is under each policy. */
function packConfig(packDir: string, profile: Profile, policyNames: string[], now?: Date): Record<string, PolicyConfigEntry> {
  if (isOurPack(packDir)) return compilePolicyConfig(profile, allRules, now) as unknown as Record<string, PolicyConfigEntry>;
  return Object.fromEntries(policyNames.map((n) => [n, {}]));
}

export function toViolation(d: Diagnostic, byUrn: Map<string, EngineResource>, profile: Profile, view: EvaluationView): PolicyViolation {
  const r = d.urn ? byUrn.get(d.urn) : undefined;
  const v: PolicyViolation = {
    policy: d.policyName,
    clauses: clausesOf(d.message),
    severity: (d.severity || "") as Severity | "",
    enforcementLevel: d.enforcementLevel,
    resource: r ? { urn: r.urn, type: r.type, name: r.name } : d.urn ? { urn: d.urn, type: d.urn.split("::")[2] ?? "", name: d.urn.split("::")[3] ?? "" } : null,
    message: d.message,
    view,
  };
  const w = WAIVED_RE.exec(d.message);
  const waiver = w ? profile.waivers.find((x) => x.id === w[1]) : undefined;
  if (waiver) v.waived = waiverRef(waiver);
  return v;
}

export async function evaluate(opts: EvaluateOptions): Promise<EvaluateResult> {
  const packDir = path.resolve(opts.packDir ?? DEFAULT_PACK_DIR);
  const project = loadProject(opts.dir, opts.stack);
  const t0 = Date.now();
  let packReadyAt = 0;
  const packPromise = AnalyzerSession.start(packDir).then((s) => { packReadyAt = Date.now(); return s; });
  packPromise.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
  // The pack starts while the program runs; both are child processes.
  const view: EvaluationView = opts.preview ? "preview" : "simulation";
  const run = await runProgram(project, opts.stack, { preview: view === "preview" }).catch(async (e) => {
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
    const diags: Diagnostic[] = [];
    // A resource policy's diagnostic belongs to the resource analysed (the CLI does the same).
    for (const r of resources) for (const d of await session.analyze(r, byUrn)) diags.push({ ...d, urn: d.urn || r.urn });
    // The engine hands stack policies the root stack's outputs as its properties.
    const stackResources = resources.map((r) => (r.type === "pulumi:pulumi:Stack" && !r.parent ? { ...r, properties: run.outputValues } : r));
    diags.push(...await session.analyzeStack(stackResources, byUrn));
    const violations = diags.filter((d) => d.enforcementLevel !== "disabled").map((d) => toViolation(d, byUrn, opts.profile, view));
    const now = opts.now ?? new Date();
    const programResources = resources.filter((r) => !isDefaultProvider(r)).length;
    return redactResult({
      stack: opts.stack,
      project: project.name,
      program: project.dir,
      policyPack: { name: info.name, version: info.version, policies: info.policies.length },
      // As the engine counts them: the program's resources and the root stack, not default providers.
      resources: programResources,
      violations,
      waivers: opts.profile.waivers.map((w) => ({ ...waiverRef(w), status: waiverStatus(w, opts.profile, now) })),
      // The pack starts while the program runs: packStart is its own start-up time.
      durationMs: { program: t1 - t0, packStart: packReadyAt - t0, analysis: Date.now() - t2 },
      view,
      warnings: programWarnings(programResources - 1, run.approximated),
      errors: [],
    }, [...run.secrets, ...configSecrets(project), ...secretShapedValues(run.resources.map((r) => r.inputs))]);
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

export function isBlocking(v: PolicyViolation): boolean {
  return v.enforcementLevel === "mandatory" && !v.waived;
}

/** An incomplete evaluation is an error (2) whatever it found; else blocking findings block (1). */
export function exitCodeOf(r: EvaluateResult): 0 | 1 | 2 {
  if (r.errors.length) return 2;
  return r.violations.some(isBlocking) ? 1 : 0;
}
