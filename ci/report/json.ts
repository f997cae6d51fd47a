// gate.json: the machine-readable outcome (read back by `clausier-guard report` and by CI).
// Keys of the documented shape are always present (null when absent); extra keys are additive.
import type { Finding } from "../../policies/core/model";
import { isBlocking, notEvaluated, type GateReport, type RenderOptions } from "./model";
import { cleaner } from "./redaction";

export const GATE_JSON_SCHEMA_VERSION = 1;

export function findingJson(f: Finding, blockAt: GateReport["blockAt"], clean: (s: string) => string) {
  return {
    scanner: clean(f.scanner ?? ""),
    rule: clean(f.rule),
    clauses: f.clauses.map(clean),
    severity: f.severity,
    file: f.file ? clean(f.file) : null,
    line: f.line ?? null,
    message: clean(f.message),
    fingerprint: f.fingerprint ? clean(f.fingerprint) : null,
    waived: f.waived
      ? {
          id: clean(f.waived.id), cctpReference: clean(f.waived.cctpReference), approvedBy: clean(f.waived.approvedBy),
          expires: clean(f.waived.expires), reason: clean(f.waived.reason),
        }
      : false,
    // Extras.
    source: f.source,
    enforcementLevel: f.enforcementLevel,
    blocking: isBlocking(f, blockAt),
    ...(f.resource ? { resource: { urn: clean(f.resource.urn), type: clean(f.resource.type), name: clean(f.resource.name) } } : {}),
  };
}

export function renderJson(report: GateReport, opts: RenderOptions = {}): string {
  const clean = cleaner(opts.secrets);
  const out = {
    verdict: report.verdict,
    findings: report.findings.map((f) => findingJson(f, report.blockAt, clean)),
    scanners: report.scanners.map((s) => ({
      name: clean(s.name), version: clean(s.version), status: s.status, durationMs: s.durationMs,
      ...(s.reason ? { reason: clean(s.reason) } : {}),
      findingCount: s.findingCount,
    })),
    // Extras: what produced this, against what, and what was not evaluated.
    schemaVersion: GATE_JSON_SCHEMA_VERSION,
    exitCode: report.exitCode,
    notEvaluated: notEvaluated(report).map((s) => ({ name: clean(s.name), reason: clean(s.reason ?? "") })),
    tool: { name: report.tool.name, version: report.tool.version },
    generatedAt: report.generatedAt,
    blockAt: report.blockAt,
    base: report.base ? clean(report.base) : null,
    mergeBase: report.mergeBase ?? null,
    filesScanned: report.filesScanned ?? null,
  };
  // Every string was cleaned field by field; a pass over the whole document could break its syntax.
  return JSON.stringify(out, null, 2) + "\n";
}
