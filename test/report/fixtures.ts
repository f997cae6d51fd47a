// A representative gate report: blocking, non-blocking, waived, policy-side and gate findings,
// one scanner of each status.
import type { Finding } from "../../policies/core/model";
import type { Result } from "../../ci/result/model";

export function f(over: Partial<Finding> = {}): Finding {
  return {
    source: "gate", rule: "sast-crypto-md5", clauses: ["O-12.5.7"], severity: "high", enforcementLevel: "mandatory",
    message: { fr: "MD5 utilisé pour un jeton", en: "MD5 used for a token" }, scanner: "semgrep", file: "src/app.ts", line: 12,
    fingerprint: "fp-md5", ...over,
  };
}

export function sampleReport(over: Partial<Result> = {}): Result {
  return {
    kind: "gate",
    tool: { name: "clausier-guard", version: "0.1.0" },
    generatedAt: "2026-03-01T12:00:00.000Z",
    verdict: "blocked",
    exitCode: 1,
    blockAt: "high",
    base: "origin/main",
    mergeBase: "0123456789abcdef0123456789abcdef01234567",
    filesScanned: 3,
    findings: [
      f(),
      f({ rule: "sensitive-comments-infra", clauses: ["O-12.5.14"], severity: "medium", enforcementLevel: "advisory", fingerprint: "fp-ip", file: "src/db.ts", line: 4, message: { fr: "adresse IP interne en commentaire", en: "internal IP address in a comment" } }),
      f({
        rule: "secret-pem-cert", clauses: ["O-12.5.9"], severity: "medium", fingerprint: "fp-cert", file: "certs/ca.crt", line: undefined, scanner: "detectors",
        waived: { id: "DER-7", cctpReference: "CCTP art. 12", approvedBy: "rssi@chu.example", expires: "2026-12-31", reason: "public CA certificate" },
      }),
      f({
        source: "policy", rule: "aws-s3-bucket-encrypted-cmk", clauses: ["O-8.2", "O-12.1.1"], severity: "critical", scanner: undefined,
        file: undefined, line: undefined, fingerprint: "fp-s3", message: { fr: "compartiment S3 sans clé client", en: "S3 bucket without a customer key" },
        resource: { urn: "urn:pulumi:prod::app::aws:s3/bucket:Bucket::data", type: "aws:s3/bucket:Bucket", name: "data" },
      }),
    ],
    scanners: [
      { name: "semgrep", version: "1.99.0", status: "ok", durationMs: 1234, findingCount: 2 },
      { name: "detectors", version: "0.1.0", status: "ok", durationMs: 10, findingCount: 1 },
      { name: "vulns", version: "0.1.0", status: "not-evaluated", durationMs: 3, reason: "advisory database unreachable (registry mirror filtered)", findingCount: 0 },
    ],
    ...over,
  };
}
