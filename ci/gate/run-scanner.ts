// Runs one scanner under a deadline and turns whatever happens into a trustworthy result.
// Fail closed: a scanner that throws, rejects, times out or returns something that is not a
// ScannerResult becomes status "failed" with a reason, never a silent pass.
import { SEVERITIES, type Finding } from "../../policies/core/model";
import type { ScanInput, Scanner, ScannerResult } from "./types";

/** A result plus the secret values its scanner declared (kept apart from anything printed). */
export interface CheckedResult {
  result: ScannerResult;
  secrets: string[];
}

class Timeout extends Error {}

export async function runScanner(scanner: Scanner, input: Omit<ScanInput, "signal">, timeoutMs: number): Promise<CheckedResult> {
  const name = typeof scanner?.name === "string" && scanner.name ? scanner.name : "(unnamed scanner)";
  const started = performance.now();
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort(new Timeout(`timed out after ${Math.round(timeoutMs / 1000)} s`));
      reject(new Timeout());
    }, timeoutMs);
  });
  const elapsed = () => Math.round(performance.now() - started);
  const failed = (reason: string, findings: Finding[] = [], version = "unknown"): CheckedResult =>
    ({ result: { name, version, status: "failed", durationMs: elapsed(), reason, findings }, secrets: [] });
  try {
    // Promise.resolve().then(): a scanner that throws synchronously is caught like a rejection.
    const raw = await Promise.race([Promise.resolve().then(() => scanner.run({ ...input, signal: controller.signal })), deadline]);
    return checkResult(raw, name, elapsed());
  } catch (e) {
    if (e instanceof Timeout) {
      return failed(`timed out after ${formatSeconds(timeoutMs)} (profile gate.timeoutSeconds or --timeout); the scan is incomplete`);
    }
    return failed(`crashed: ${errorText(e)}`);
  } finally {
    clearTimeout(timer);
  }
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

function errorText(e: unknown): string {
  if (e instanceof Error) return e.message.split("\n")[0] || e.name;
  return String(e).split("\n")[0];
}

const STATUSES = ["ok", "failed", "not-evaluated"];

/** Validates an untrusted result; keeps the valid findings even when the rest is rejected. */
export function checkResult(raw: unknown, name: string, measuredMs: number): CheckedResult {
  const fail = (reason: string, findings: Finding[] = [], version = "unknown"): CheckedResult =>
    ({ result: { name, version, status: "failed", durationMs: measuredMs, reason, findings }, secrets: [] });
  if (typeof raw !== "object" || raw === null) return fail(`returned ${raw === null ? "null" : typeof raw} instead of a result`);
  const r = raw as Record<string, unknown>;
  const version = typeof r.version === "string" && r.version ? r.version : "unknown";
  const problems: string[] = [];
  if (!STATUSES.includes(r.status as string)) problems.push(`status ${JSON.stringify(r.status)} is not ok, failed or not-evaluated`);
  if (!Array.isArray(r.findings)) problems.push("findings is not an array");
  const findings: Finding[] = [];
  const secrets: string[] = [];
  collectSecrets(r.secrets, secrets);
  (Array.isArray(r.findings) ? r.findings : []).forEach((f, i) => {
    const problem = findingProblem(f);
    if (problem) problems.push(`finding #${i + 1}: ${problem}`);
    else {
      const raw = f as Finding & { secret?: unknown; secrets?: unknown };
      collectSecrets(raw.secret, secrets);
      collectSecrets(raw.secrets, secrets);
      findings.push(raw);
    }
  });
  const durationMs = typeof r.durationMs === "number" && Number.isFinite(r.durationMs) && r.durationMs >= 0 ? Math.round(r.durationMs) : measuredMs;
  const reason = typeof r.reason === "string" && r.reason ? r.reason : undefined;
  if (problems.length) {
    const shown = problems.slice(0, 3).join("; ") + (problems.length > 3 ? `; and ${problems.length - 3} more` : "");
    return { result: { name, version, status: "failed", durationMs, reason: `returned invalid data: ${shown}`, findings }, secrets };
  }
  const status = r.status as ScannerResult["status"];
  if (status !== "ok" && !reason) {
    // A failure or a gap with no explanation is still a failure or a gap; say so.
    return { result: { name, version, status, durationMs, reason: "no reason given by the scanner", findings }, secrets };
  }
  return { result: { name, version, status, durationMs, reason, findings }, secrets };
}

function collectSecrets(v: unknown, into: string[]): void {
  if (typeof v === "string") into.push(v);
  else if (Array.isArray(v)) for (const s of v) if (typeof s === "string") into.push(s);
}

function findingProblem(f: unknown): string | undefined {
  if (typeof f !== "object" || f === null) return "not an object";
  const x = f as Record<string, unknown>;
  if (typeof x.rule !== "string" || !x.rule) return "rule missing";
  if (!(SEVERITIES as readonly string[]).includes(x.severity as string)) return `severity ${JSON.stringify(x.severity)} unknown`;
  if (!Array.isArray(x.clauses) || !x.clauses.every((c) => typeof c === "string")) return "clauses is not a list of strings";
  const m = x.message as Record<string, unknown> | undefined;
  if (typeof m !== "object" || m === null || typeof m.fr !== "string" || typeof m.en !== "string") return "message is not {fr, en}";
  if (x.file !== undefined && x.file !== null && typeof x.file !== "string") return "file is not a string";
  if (x.line !== undefined && x.line !== null && !(Number.isInteger(x.line) && (x.line as number) >= 0)) return "line is not a non-negative integer";
  if (x.fingerprint !== undefined && x.fingerprint !== null && typeof x.fingerprint !== "string") return "fingerprint is not a string";
  if (x.enforcementLevel !== undefined && !["mandatory", "advisory", "disabled"].includes(x.enforcementLevel as string)) return "enforcementLevel unknown";
  return undefined;
}
