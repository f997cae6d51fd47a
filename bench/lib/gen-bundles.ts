// Generates evidence bundles as the CI evidence jobs of a hospital group would collect them: one
// folder per repository with a gate result, zero to three stack evaluations and a manifest that
// hashes them. Seeded, so two runs give the same portfolio; `previous` generates the run before
// (same repositories, different findings, some repositories that have since gone).
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Finding, Severity } from "../../policies/core/model";
import { decideVerdict, type EvaluateResult, type Result } from "../../ci/result/model";
import { renderJson } from "../../ci/report/json";
import type { Manifest } from "../../ci/report/manifest";

const GATE_RULES: { rule: string; clauses: string[]; severity: Severity; scanner: string }[] = [
  { rule: "secrets-default", clauses: ["O-12.5.9"], severity: "critical", scanner: "gitleaks" },
  { rule: "sast-sql-injection", clauses: ["O-12.5.7"], severity: "high", scanner: "semgrep" },
  { rule: "sast-crypto-md5", clauses: ["O-12.5.7", "O-8.3"], severity: "high", scanner: "semgrep" },
  { rule: "sensitive-comments-infra", clauses: ["O-12.5.14"], severity: "medium", scanner: "clausier-detectors" },
  { rule: "provenance-unpinned-dependency", clauses: ["O-12.5.15"], severity: "medium", scanner: "clausier-detectors" },
  { rule: "license-policy", clauses: ["O-12.5.8"], severity: "low", scanner: "clausier-detectors" },
];
const POLICY_RULES: { rule: string; clauses: string[]; severity: Severity; scanner: string }[] = [
  { rule: "aws-lb-listener-tls12", scanner: "pulumi-policy:clausier-guard", clauses: ["O-8.1"], severity: "high" },
  { rule: "aws-rds-encrypted-cmk", scanner: "pulumi-policy:clausier-guard", clauses: ["O-8.4"], severity: "high" },
  { rule: "aws-region-eu", scanner: "pulumi-policy:clausier-guard", clauses: ["O-12.3.2"], severity: "critical" },
  { rule: "aws-sg-admin-port-open", scanner: "pulumi-policy:clausier-guard", clauses: ["O-12.4.3"], severity: "high" },
  { rule: "aws-cloudtrail-retention", scanner: "pulumi-policy:clausier-guard", clauses: ["O-6.5"], severity: "medium" },
];
const SCANNERS = ["semgrep", "gitleaks", "clausier-detectors", "advisories"];
const TOOL = { name: "clausier-guard", version: "0.1.0" };

/** mulberry32: small, fast, seeded. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GenOptions {
  bundles: number;
  vendors: number;
  /** Day the waivers' expiries are spread around. */
  now: Date;
  /** The run before: other findings, and the last `gone` repositories still present. */
  previous?: boolean;
}

function day(now: Date, offset: number): string {
  return new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
}

/** `extra` findings come after the seeded ones: what one run has and the other has not. */
function findingsFor(seeded: () => number, i: number, now: Date, extra: number, stack?: string): Finding[] {
  const table = stack ? POLICY_RULES : GATE_RULES;
  const n = Math.floor(seeded() * (stack ? 12 : 30));
  const other = rng(i + 1_000_003); // the extra ones do not shift the seeded draws that follow
  return Array.from({ length: n + extra }, (_, k): Finding => {
    const r = k < n ? seeded : other;
    const t = table[Math.floor(r() * table.length)]!;
    const f: Finding = {
      source: stack ? "policy" : "gate", rule: t.rule, clauses: t.clauses, severity: t.severity,
      enforcementLevel: t.severity === "critical" || t.severity === "high" ? "mandatory" : "advisory",
      message: { fr: `constat ${k} du dépôt ${i}`, en: `finding ${k} of repository ${i}` },
      fingerprint: `fp-${i}-${stack ?? "gate"}-${k}`, scanner: t.scanner,
    };
    if (stack) {
      f.stack = stack;
      f.resource = { urn: `urn:pulumi:${stack}::app${i}::aws:s3/bucket:Bucket::b${k}`, type: "aws:s3/bucket:Bucket", name: `b${k}` };
    } else {
      f.file = `src/module${k % 9}.ts`;
      f.line = k + 1;
    }
    if (r() < 0.08) {
      f.waived = { id: `DER-${i}-${k}`, cctpReference: `CCTP §${1 + (k % 9)}`, approvedBy: "rssi@chu.example", expires: day(now, Math.floor(r() * 220) - 20), reason: "migration planifiée" };
    }
    return f;
  });
}

function gateResult(r: () => number, i: number, now: Date, extra: number): Result {
  const findings = findingsFor(r, i, now, extra);
  const scanners: Result["scanners"] = SCANNERS.map((name) => {
    const roll = r();
    const status = roll < 0.02 ? "failed" : roll < 0.05 ? "not-evaluated" : "ok";
    return { name, version: "1", status, durationMs: Math.floor(r() * 9000), findingCount: 0, ...(status === "ok" ? {} : { reason: "generated" }) };
  });
  return { kind: "gate", tool: TOOL, generatedAt: now.toISOString(), ...decideVerdict(findings, scanners), blockAt: "high", filesScanned: 100 + i, findings, scanners };
}

function evaluateResult(r: () => number, i: number, now: Date, stack: string): EvaluateResult {
  const findings = findingsFor(r, i, now, 0, stack);
  const scanners: Result["scanners"] = [{ name: "pulumi-policy:clausier-guard", version: "0.1.0", status: "ok", durationMs: 900, findingCount: findings.length }];
  return {
    kind: "evaluate", tool: TOOL, generatedAt: now.toISOString(), ...decideVerdict(findings, scanners), findings, scanners, waivers: [],
    evaluation: {
      stack, project: `app${i}`, program: `/src/app${i}`, resources: 20 + Math.floor(r() * 400),
      policyPack: { name: "clausier-sante", version: "0.1.0", policies: 160 }, durationMs: { program: 1, packStart: 1, analysis: 1 },
      view: "simulation", warnings: [], errors: [],
    },
  };
}

/** Writes `opts.bundles` bundles under `root`; returns how many files it wrote. */
export function generateBundles(root: string, opts: GenOptions): number {
  let files = 0;
  const gone = Math.max(1, Math.floor(opts.bundles / 50));
  // The previous run had the first `gone` repositories that this one no longer has, and not the last `gone` new ones.
  const ids = opts.previous ? Array.from({ length: opts.bundles }, (_, k) => k - gone) : Array.from({ length: opts.bundles }, (_, k) => k);
  for (const i of ids) {
    // Same seed in both runs: the previous run had findings since fixed (i % 3), this one new ones (i % 5).
    const r = rng(i * 7919);
    const extra = opts.previous ? (i % 3 === 0 ? 2 : 0) : i % 5 === 0 ? 1 : 0;
    const v = ((i % opts.vendors) + opts.vendors) % opts.vendors;
    const vendor = `Éditeur ${String.fromCharCode(65 + (v % 26))}${v >= 26 ? Math.floor(v / 26) : ""}`;
    const dir = join(root, `bundle-${i + gone}`);
    mkdirSync(dir, { recursive: true });
    const outputs: [string, string][] = [["gate.json", renderJson(gateResult(r, i, opts.now, extra))]];
    const stacks = ["dev", "staging", "prod"].slice(0, Math.floor(r() * 4));
    for (const s of stacks) outputs.push([`evaluate-${s}.json`, renderJson(evaluateResult(r, i, opts.now, s))]);
    const manifest: Manifest = {
      schema: "clausier-guard/evidence-manifest/v1", clause: "O-12.5.6", generatedAt: opts.now.toISOString(),
      subject: { vendor, repository: `${vendor.normalize("NFD").replace(/[^A-Za-z0-9]+/g, "-").toLowerCase()}/app-${i}` },
      git: { commit: createHash("sha1").update(`${i}${opts.previous ? "p" : ""}`).digest("hex"), dirty: false },
      tools: { node: process.version, "clausier-guard": "0.1.0", semgrep: "1.185.0", gitleaks: "v8.30.1", scanners: [] },
      rules: {}, sbom: null,
      files: outputs.map(([name, body]) => ({ path: name, sha256: createHash("sha256").update(body).digest("hex"), size: Buffer.byteLength(body) })),
    };
    for (const [name, body] of outputs) writeFileSync(join(dir, name), body);
    writeFileSync(join(dir, "manifest.json"), JSON.stringify(manifest, null, 2));
    files += outputs.length + 1;
  }
  return files;
}
