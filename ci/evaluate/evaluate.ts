// `evaluate`: runs a Pulumi program offline under mocks, then evaluates a CrossGuard pack on what
// it registered by speaking the analyzer protocol, as `pulumi preview --policy-pack` would.
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

export const DEFAULT_PACK_DIR = path.resolve(__dirname, "../../policies");

export interface PolicyViolation {
  policy: string;
  clauses: string[];
  severity: Severity | "";
  enforcementLevel: EnforcementLevel | "remediate";
  resource: { urn: string; type: string; name: string } | null;
  message: string;
  waived?: WaiverRef;
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

export function toViolation(d: Diagnostic, byUrn: Map<string, EngineResource>, profile: Profile): PolicyViolation {
  const r = d.urn ? byUrn.get(d.urn) : undefined;
  const v: PolicyViolation = {
    policy: d.policyName,
    clauses: clausesOf(d.message),
    severity: (d.severity || "") as Severity | "",
    enforcementLevel: d.enforcementLevel,
    resource: r ? { urn: r.urn, type: r.type, name: r.name } : d.urn ? { urn: d.urn, type: d.urn.split("::")[2] ?? "", name: d.urn.split("::")[3] ?? "" } : null,
    message: d.message,
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
  const run = await runProgram(project, opts.stack, { preview: opts.preview ?? true }).catch(async (e) => {
    (await packPromise.catch(() => undefined))?.stop();
    throw e;
  });
  const t1 = Date.now();
  const session = await packPromise;
  const t2 = Date.now();
  try {
    const info = await session.info();
    await session.configure(packConfig(packDir, opts.profile, info.policies.map((p) => p.name), opts.now));
    await session.configureStack(opts.stack, project.name, opts.preview ?? true);
    const resources = toEngineResources(run.resources, opts.stack, project.name, project.config);
    const byUrn = new Map(resources.map((r) => [r.urn, r]));
    const diags: Diagnostic[] = [];
    // A resource policy's diagnostic belongs to the resource analysed (the CLI does the same).
    for (const r of resources) for (const d of await session.analyze(r, byUrn)) diags.push({ ...d, urn: d.urn || r.urn });
    diags.push(...await session.analyzeStack(resources, byUrn));
    const violations = diags.filter((d) => d.enforcementLevel !== "disabled").map((d) => toViolation(d, byUrn, opts.profile));
    const now = opts.now ?? new Date();
    return {
      stack: opts.stack,
      project: project.name,
      program: project.dir,
      policyPack: { name: info.name, version: info.version, policies: info.policies.length },
      // As the engine counts them: the program's resources and the root stack, not default providers.
      resources: resources.filter((r) => !isDefaultProvider(r)).length,
      violations,
      waivers: opts.profile.waivers.map((w) => ({ ...waiverRef(w), status: waiverStatus(w, opts.profile, now) })),
      // The pack starts while the program runs: packStart is its own start-up time.
      durationMs: { program: t1 - t0, packStart: packReadyAt - t0, analysis: Date.now() - t2 },
    };
  } finally {
    session.stop();
  }
}

function isDefaultProvider(r: EngineResource): boolean {
  return r.type.startsWith("pulumi:providers:") && r.name.startsWith("default");
}

export function isBlocking(v: PolicyViolation): boolean {
  return v.enforcementLevel === "mandatory" && !v.waived;
}
