// Shared inputs for the GitHub tests: an Actions environment pointing at the fake server, and gate
// / evaluate reports of any size.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { evaluationResult } from "../../ci/evaluate/evaluate";
import { decideVerdict, type EvaluateResult, type Result } from "../../ci/result/model";
import type { Finding } from "../../policies/core/model";
import type { FakeGitHub } from "./fake-github";

export function actionsEnv(gh: FakeGitHub, over: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  const dir = mkdtempSync(join(tmpdir(), "cg-gh-"));
  const event = join(dir, "event.json");
  writeFileSync(event, readFileSync(join(__dirname, "..", "fixtures", "github", "event-pull-request.json")));
  return {
    GITHUB_API_URL: gh.url,
    GITHUB_REPOSITORY: "octo-org/hospital-app",
    GITHUB_SHA: "ce587453ced02b1526dfb4cb910479d431683101",
    GITHUB_EVENT_PATH: event,
    GITHUB_EVENT_NAME: "pull_request",
    GITHUB_TOKEN: gh.token,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_RUN_ID: "42",
    ...over,
  };
}

const TOOL = { name: "clausier-guard", version: "0.1.0" };

/** A gate finding; `message` is taken as both languages. */
export function gateFinding(over: Omit<Partial<Finding>, "message"> & { message?: string }): Finding {
  const { message = "m", ...rest } = over;
  const severity = rest.severity ?? "high";
  return {
    source: "gate", rule: "r", clauses: [], severity, enforcementLevel: severity === "critical" || severity === "high" ? "mandatory" : "advisory",
    ...rest, message: { fr: message, en: message },
  };
}

/** A gate result with `n` findings; blocking ones are mandatory (as the gate sets them), the rest advisory. */
export function gateReport(n: number, over: Partial<Result> = {}): Result {
  const rules = [
    { rule: "secrets-default", clauses: ["O-12.5.9"], severity: "critical" as const },
    { rule: "sast-crypto", clauses: ["O-12.5.7", "O-8.3"], severity: "high" as const },
    { rule: "sensitive-comments-infra", clauses: ["O-12.5.14"], severity: "medium" as const },
    { rule: "license-policy", clauses: ["O-12.5.8"], severity: "low" as const },
  ];
  const findings = Array.from({ length: n }, (_, i): Finding => {
    const r = rules[i % rules.length]!;
    return {
      source: "gate", scanner: "semgrep", ...r, enforcementLevel: r.severity === "critical" || r.severity === "high" ? "mandatory" : "advisory",
      file: `src/module${i % 7}.ts`, line: i + 1, message: { fr: `finding ${i}`, en: `finding ${i}` }, fingerprint: `fp${i}`,
    };
  });
  const scanners: Result["scanners"] = [
    { name: "semgrep", version: "1.185.0", status: "ok", durationMs: 5400, findingCount: n },
    { name: "gitleaks", version: "v8.30.1", status: "ok", durationMs: 800, findingCount: 0 },
  ];
  return { kind: "gate", tool: TOOL, generatedAt: "2026-05-04T10:00:00.000Z", ...decideVerdict(findings, scanners), blockAt: "high", findings, scanners, ...over };
}

export function evaluateReport(): EvaluateResult {
  const findings: Finding[] = [
    {
      source: "policy", rule: "aws-lb-listener-tls12", clauses: ["O-8.1"], severity: "high", enforcementLevel: "mandatory", stack: "prod",
      resource: { urn: "urn:pulumi:prod::hospital::aws:lb/listener:Listener::web", type: "aws:lb/listener:Listener", name: "web" },
      message: { fr: "sslPolicy absent (TLS 1.0 par défaut)", en: "no sslPolicy (TLS 1.0 by default)" }, scanner: "pulumi-policy:clausier-guard",
    },
    {
      source: "policy", rule: "aws-s3-sse-kms-cmk", clauses: ["O-8.4"], severity: "high", enforcementLevel: "advisory", stack: "prod",
      resource: { urn: "urn:pulumi:prod::hospital::aws:s3/bucket:Bucket::logs", type: "aws:s3/bucket:Bucket", name: "logs" },
      message: { fr: "SSE-S3 au lieu d'une clé KMS de l'établissement", en: "SSE-S3 instead of a hospital-managed KMS key" }, scanner: "pulumi-policy:clausier-guard",
      waived: { id: "W-2026-001", cctpReference: "CCTP §4.2", approvedBy: "rssi@chu.example", expires: "2026-12-31", reason: "migration KMS au T3" },
    },
  ];
  return evaluationResult({
    stack: "prod", project: "hospital", program: "/src/hospital", resources: 12,
    policyPack: { name: "clausier-guard", version: "0.1.0", policies: 100 }, durationMs: { program: 1, packStart: 1, analysis: 1 },
    view: "simulation", warnings: [], errors: [],
  }, findings, [], new Date("2026-05-04T10:00:00Z"));
}
