// The decision, in one place:
//   error   (exit 2) a scanner failed, timed out or returned garbage — whatever else was found:
//                    an incomplete scan must never read as a pass;
//   blocked (exit 1) a non-waived, non-disabled finding at or above profile.gate.blockAt;
//   pass    (exit 0) otherwise. A scanner "not-evaluated" (e.g. advisories unreachable) does
//                    not fail the run, but every output lists it with its reason next to the
//                    verdict ("pass — not evaluated: …"): a pass with gaps is never silent.
import type { Finding, Severity } from "../../policies/core/model";
import { EXIT_CODES, isBlocking, type ScannerSummary, type Verdict } from "../report/model";

export function decideVerdict(findings: Finding[], scanners: Pick<ScannerSummary, "status">[], blockAt: Severity): { verdict: Verdict; exitCode: 0 | 1 | 2 } {
  const verdict: Verdict = scanners.some((s) => s.status === "failed")
    ? "error"
    : findings.some((f) => isBlocking(f, blockAt)) ? "blocked" : "pass";
  return { verdict, exitCode: EXIT_CODES[verdict] };
}
