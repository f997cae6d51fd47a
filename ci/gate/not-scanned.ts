// What was not scanned is never "passed": each file a scanner could not read, parse or finish is
// a finding naming the scanner and the reason, and, unless the profile allows it by path
// (gate.notScannedAllowed), makes that scanner's result — hence the verdict — an error.
import { createHash } from "node:crypto";
import { isExcluded } from "../../policies/core/glob";
import type { Bilingual, Finding } from "../../policies/core/model";
import { TOOL_NAME, type ScannerSummary } from "../result/model";
import { FILE_EXCLUDED, FILE_NOT_SCANNED } from "./rules";

export const UNSCANNABLE_FILE_RULE = FILE_NOT_SCANNED.name;
/** Findings the gate itself raises are attributed to this pseudo-scanner. */
export const GATE_SCANNER = TOOL_NAME;

const fp = (...parts: string[]): string => createHash("sha256").update(parts.join("\0")).digest("hex").slice(0, 32);

export function notScannedFinding(scanner: string, file: string, reason: Bilingual): Finding {
  return {
    source: "gate", rule: FILE_NOT_SCANNED.name, clauses: FILE_NOT_SCANNED.clauses, severity: FILE_NOT_SCANNED.severity, enforcementLevel: "mandatory", scanner, file,
    message: { fr: `non analysé par ${scanner} : ${reason.fr}`, en: `not scanned by ${scanner}: ${reason.en}` },
    fingerprint: fp(FILE_NOT_SCANNED.name, scanner, file),
  };
}

export function excludedFinding(file: string, pattern: string): Finding {
  return {
    source: "gate", rule: FILE_EXCLUDED.name, clauses: FILE_EXCLUDED.clauses, severity: FILE_EXCLUDED.severity, enforcementLevel: "advisory", scanner: GATE_SCANNER, file,
    message: { fr: `exclu de l'analyse par le motif « ${pattern} » (profil gate.exclude ou --exclude)`, en: `excluded from the scan by pattern "${pattern}" (profile gate.exclude or --exclude)` },
    fingerprint: fp(FILE_EXCLUDED.name, file),
  };
}

/**
 * Files allowed by the profile stay listed, as advisories; any other makes its scanner failed
 * (the gate's own file selection appears as a scanner when it is the one that could not read).
 */
export function applyNotScanned(findings: Finding[], scanners: ScannerSummary[], allowed: readonly string[]): { findings: Finding[]; scanners: ScannerSummary[] } {
  const gaps = new Map<string, string[]>();
  const out = findings.map((f) => {
    if (f.rule !== FILE_NOT_SCANNED.name || !f.file) return f;
    if (isExcluded(f.file, allowed)) return { ...f, enforcementLevel: "advisory" as const, severity: "low" as const };
    const name = f.scanner ?? GATE_SCANNER;
    gaps.set(name, [...(gaps.get(name) ?? []), f.file]);
    return f;
  });
  const summaries = [...scanners];
  for (const [name, files] of gaps) {
    const reason = `${files.length} file(s) not scanned (allow them by path in the profile's gate.notScannedAllowed): ${files.slice(0, 10).join(", ")}${files.length > 10 ? ", …" : ""}`;
    const i = summaries.findIndex((s) => s.name === name);
    if (i < 0) summaries.push({ name, version: "—", status: "failed", durationMs: 0, reason, findingCount: files.length });
    else if (summaries[i].status !== "failed") summaries[i] = { ...summaries[i], status: "failed", reason: summaries[i].reason ? `${summaries[i].reason}; ${reason}` : reason };
  }
  return { findings: out, scanners: summaries };
}
