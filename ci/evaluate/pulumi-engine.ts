// `evaluate --engine pulumi` and `audit`: the same evaluation through the real Pulumi CLI (built
// from the Go module proxy, run offline with plan-only stand-in providers), same JSON as ours.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ResourceRef } from "../../policies/core/model";
import type { Profile } from "../../policies/core/profile";
import { compilePolicyConfig } from "../../policies/compile";
import { allRules } from "../../policies/rules";
import { analyzeState, previewWithPolicies, type EngineRunResult } from "../engine/pulumi-cli";
import type { EvaluateResult, Evaluation } from "../result/model";
import { DEFAULT_PACK_DIR, evaluationResult, waiverListing } from "./evaluate";
import { policyFinding } from "./findings";
import { loadProject } from "./project";
import { redactResult, secretShapedValues } from "./redact-result";
import { programWarnings } from "./warnings";

/** `urn:pulumi:<stack>::<project>::<parent$type>::<name>` → the resource's own type and name. */
export function refFromUrn(urn: string): { urn: string; type: string; name: string } {
  const parts = urn.split("::");
  return { urn, type: (parts[2] ?? "").split("$").pop() ?? "", name: parts.slice(3).join("::") };
}

function withPolicyConfig<T>(packDir: string, profile: Profile, now: Date | undefined, f: (configFile?: string) => Promise<T>): Promise<T> {
  // Only our pack understands the compiled profile; another pack runs with its own defaults.
  if (path.resolve(packDir) !== DEFAULT_PACK_DIR) return f(undefined);
  const dir = mkdtempSync(path.join(os.tmpdir(), "clausier-cfg-"));
  const file = path.join(dir, "policy-config.json");
  writeFileSync(file, JSON.stringify(compilePolicyConfig(profile, allRules, now)));
  return f(file).finally(() => rmSync(dir, { recursive: true, force: true }));
}

/** The engine's events (one JSON object a line); what does not parse is left out. */
function engineEvents(stdout: string): unknown[] {
  return stdout.split("\n").flatMap((l) => { try { return [JSON.parse(l) as unknown]; } catch { return []; } });
}

function resourcesIn(r: EngineRunResult): number {
  const urns = new Set<string>();
  for (const line of r.stdout.split("\n")) {
    const m = /"resourcePreEvent":\{"metadata":\{[^}]*?"urn":"([^"]+)"/.exec(line);
    if (m) urns.add(m[1]);
  }
  return urns.size;
}

type Base = Omit<Evaluation, "resources" | "view" | "warnings" | "errors">;

/** The CLI files stack-wide findings under the root Stack resource; ours says null. */
function resourceOf(urn: string | undefined): ResourceRef | null {
  return urn && !urn.includes("::pulumi:pulumi:Stack::") ? refFromUrn(urn) : null;
}

function result(r: EngineRunResult, base: Base, profile: Profile, now: Date, countsResources = true): EvaluateResult {
  const resources = resourcesIn(r);
  const findings = r.diagnostics.filter((d) => d.enforcementLevel !== "disabled").map((d) => policyFinding(d, resourceOf(d.urn), base.stack, "preview"));
  return redactResult(evaluationResult({
    ...base,
    resources,
    view: "preview",
    warnings: countsResources ? programWarnings(resources - 1, []) : [],
    // The engine stopped partway (a data source, a provider, the program): what it did not reach
    // was not checked, so the evaluation is an error even with findings.
    errors: r.errors.map((e) => e.split("\n").filter((l) => !/^\s+at /.test(l)).slice(0, 4).join("\n")),
  }, findings, waiverListing(profile, now), now), secretShapedValues(engineEvents(r.stdout)));
}

export async function evaluateWithPulumi(opts: { dir: string; stack: string; profile: Profile; packDir?: string; now?: Date }): Promise<EvaluateResult> {
  const packDir = path.resolve(opts.packDir ?? DEFAULT_PACK_DIR);
  const project = loadProject(opts.dir, opts.stack);
  const t0 = Date.now();
  const r = await withPolicyConfig(packDir, opts.profile, opts.now, (policyConfigFile) =>
    previewWithPolicies({ programDir: project.dir, packDir, policyConfigFile, stack: opts.stack }));
  return result(r, {
    stack: opts.stack, project: project.name, program: project.dir,
    policyPack: { name: r.diagnostics[0]?.policyPackName || path.basename(packDir), version: "", policies: 0 },
    durationMs: { program: Date.now() - t0, packStart: 0, analysis: 0 },
  }, opts.profile, opts.now ?? new Date());
}

/** `audit STATE.json`: what is already deployed (a `pulumi stack export` file), same JSON. */
export async function auditState(opts: { stateFile: string; profile: Profile; packDir?: string; now?: Date }): Promise<EvaluateResult> {
  const packDir = path.resolve(opts.packDir ?? DEFAULT_PACK_DIR);
  const t0 = Date.now();
  const r = await withPolicyConfig(packDir, opts.profile, opts.now, (configFile) => analyzeState(opts.stateFile, packDir, configFile));
  const first = r.diagnostics.find((d) => d.urn)?.urn;
  return result(r, {
    stack: first ? first.split("::")[0].replace(/^urn:pulumi:/, "") : "", project: first?.split("::")[1] ?? "", program: path.resolve(opts.stateFile),
    policyPack: { name: r.diagnostics[0]?.policyPackName || path.basename(packDir), version: "", policies: 0 },
    durationMs: { program: 0, packStart: 0, analysis: Date.now() - t0 },
  }, opts.profile, opts.now ?? new Date(), false);
}
