// The JSON output of `gate` and `evaluate` (gate.json, evaluate.json): the one result model as
// data, read back by `clausier-guard report` and by CI. Keys of the documented shape are always
// present (null when absent); its JSON Schema is `clausier-guard schema result`.
import type { Finding } from "../../policies/core/model";
import { isBlocking, notEvaluated, type RenderOptions, type Result } from "../result/model";
import { RESULT_SCHEMA_VERSION } from "../result/schema";
import { cleanDeep, cleaner } from "./redaction";

type Clean = (s: string) => string;

export function findingJson(f: Finding, clean: Clean) {
  return {
    scanner: clean(f.scanner ?? ""),
    rule: clean(f.rule),
    clauses: f.clauses.map(clean),
    severity: f.severity,
    file: f.file ? clean(f.file) : null,
    line: f.line ?? null,
    message: { fr: clean(f.message.fr), en: clean(f.message.en) },
    fingerprint: f.fingerprint ? clean(f.fingerprint) : null,
    waived: f.waived ? cleanDeep(f.waived, clean) : false,
    source: f.source,
    enforcementLevel: f.enforcementLevel,
    blocking: isBlocking(f),
    resource: f.resource ? cleanDeep(f.resource, clean) : null,
    ...(f.stack !== undefined ? { stack: clean(f.stack) } : {}),
    ...(f.commit ? { commit: f.commit } : {}),
    ...(f.view ? { view: clean(f.view) } : {}),
    ...(f.unknown ? { unknown: f.unknown.map(clean) } : {}),
  };
}

export function renderJson(report: Result, opts: RenderOptions = {}): string {
  const clean = cleaner(opts.secrets);
  const out = {
    schemaVersion: RESULT_SCHEMA_VERSION,
    kind: report.kind,
    verdict: report.verdict,
    exitCode: report.exitCode,
    findings: report.findings.map((f) => findingJson(f, clean)),
    scanners: report.scanners.map((s) => cleanDeep(s, clean)),
    notEvaluated: notEvaluated(report).map((s) => ({ name: clean(s.name), reason: clean(s.reason ?? "") })),
    tool: { name: report.tool.name, version: report.tool.version },
    generatedAt: report.generatedAt,
    blockAt: report.blockAt ?? null,
    base: report.base ? clean(report.base) : null,
    mergeBase: report.mergeBase ?? null,
    filesScanned: report.filesScanned ?? null,
    bundles: report.bundles ? cleanDeep(report.bundles, clean) : null,
    evaluation: report.evaluation ? cleanDeep(report.evaluation, clean) : null,
    waivers: report.waivers ? cleanDeep(report.waivers, clean) : null,
  };
  // Every string was cleaned field by field; a pass over the whole document could break its syntax.
  return JSON.stringify(out, null, 2) + "\n";
}
