// Shared inputs for the GitHub tests: an Actions environment pointing at the fake server, and gate
// / evaluate reports of any size.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { GateReport, EvaluateReport } from "../../ci/report/coverage/inputs";
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

export function gateReport(n: number, over: Partial<GateReport> = {}): GateReport {
  const rules = [
    { rule: "secrets-default", clauses: ["O-12.5.9"], severity: "critical" as const },
    { rule: "sast-crypto", clauses: ["O-12.5.7", "O-8.3"], severity: "high" as const },
    { rule: "sensitive-comments-infra", clauses: ["O-12.5.14"], severity: "medium" as const },
    { rule: "license-policy", clauses: ["O-12.5.8"], severity: "low" as const },
  ];
  return {
    verdict: n > 0 ? "blocked" : "pass",
    findings: Array.from({ length: n }, (_, i) => {
      const r = rules[i % rules.length]!;
      return { scanner: "semgrep", ...r, file: `src/module${i % 7}.ts`, line: i + 1, message: `[${r.clauses.join(", ")}] finding ${i}`, fingerprint: `fp${i}`, waived: false as const };
    }),
    scanners: [
      { name: "semgrep", version: "1.185.0", status: "ok", durationMs: 5400 },
      { name: "gitleaks", version: "v8.30.1", status: "ok", durationMs: 800 },
    ],
    ...over,
  };
}

export function evaluateReport(): EvaluateReport {
  return {
    stack: "prod",
    resources: 12,
    violations: [
      {
        policy: "aws-lb-listener-tls12", clauses: ["O-8.1"], severity: "high", enforcementLevel: "mandatory",
        resource: { urn: "urn:pulumi:prod::hospital::aws:lb/listener:Listener::web", type: "aws:lb/listener:Listener", name: "web" },
        message: "[O-8.1] sslPolicy absent (TLS 1.0 par défaut)",
      },
      {
        policy: "aws-s3-sse-kms-cmk", clauses: ["O-8.4"], severity: "high", enforcementLevel: "mandatory",
        resource: { urn: "urn:pulumi:prod::hospital::aws:s3/bucket:Bucket::logs", type: "aws:s3/bucket:Bucket", name: "logs" },
        message: "[O-8.4] SSE-S3 au lieu d'une clé KMS de l'établissement",
        waived: { id: "W-2026-001", cctpReference: "CCTP §4.2", approvedBy: "rssi@chu.example", expires: "2026-12-31", reason: "migration KMS au T3" },
      },
    ],
    waivers: [],
  };
}
