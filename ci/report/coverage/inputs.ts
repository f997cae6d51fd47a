// The JSON files `report` reads: `gate.json` and `evaluate.json` (one result, or an array of them,
// one per stack). They come from disk, so they are validated against the published result schema
// (an InputError names the file and the field that is wrong) and the verdict is recomputed from
// the findings: a file's own `verdict` or `blocking` is never trusted. Nothing found here is
// trusted to be escaped or redacted: every renderer escapes and redacts at output time.
import Ajv, { type ErrorObject } from "ajv";
import { InputError } from "../../result/errors";
import type { Finding } from "../../../policies/core/model";
import { decideVerdict, type EvaluateResult, type Result } from "../../result/model";
import { RESULT_SCHEMA } from "../../result/schema";
import { normaliseClauseId } from "./clauses";

const validate = new Ajv({ allErrors: false, strict: false }).compile(RESULT_SCHEMA);

/** `findings[3].severity must be equal to one of the allowed values (critical, high, medium, low)`. */
function describe(e: ErrorObject): string {
  const path = e.instancePath.split("/").slice(1).map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p}`)).join("").replace(/^\./, "") || "the document";
  const allowed = (e.params as { allowedValues?: unknown[] }).allowedValues;
  if (e.keyword === "required") return `${path === "the document" ? "" : `${path}.`}${(e.params as { missingProperty: string }).missingProperty} is missing`;
  return `${path} ${e.message ?? "is invalid"}${allowed ? ` (${allowed.map((v) => JSON.stringify(v)).join(", ")})` : ""}`;
}

type FindingJson = Omit<Finding, "file" | "line" | "fingerprint" | "waived" | "resource"> & {
  file: string | null; line: number | null; fingerprint: string | null; waived: false | NonNullable<Finding["waived"]>;
  resource: Finding["resource"];
};

function toFinding(j: FindingJson): Finding {
  const f: Finding = {
    source: j.source, rule: j.rule, clauses: j.clauses.map(normaliseClauseId), severity: j.severity,
    enforcementLevel: j.enforcementLevel, message: { fr: j.message.fr, en: j.message.en }, resource: j.resource ?? null,
  };
  if (j.scanner) f.scanner = j.scanner;
  if (j.file !== null) f.file = j.file;
  if (j.line !== null && j.line > 0) f.line = j.line;
  if (j.fingerprint !== null) f.fingerprint = j.fingerprint;
  if (j.waived) f.waived = j.waived;
  if (j.stack !== undefined) f.stack = j.stack;
  if (j.commit !== undefined) f.commit = j.commit;
  if (j.view !== undefined) f.view = j.view;
  if (j.unknown !== undefined) f.unknown = j.unknown;
  return f;
}

/** One result read from `source`, checked against the schema and of the expected kind. */
export function parseResult(value: unknown, source: string, kind: Result["kind"]): Result {
  if (!validate(value)) throw new InputError(`${source}: ${describe(validate.errors![0])}`);
  const j = value as unknown as Record<string, unknown> & { findings: FindingJson[] };
  if (j.kind !== kind) throw new InputError(`${source}: kind is '${String(j.kind)}', expected a ${kind} result (clausier-guard ${kind} --format json)`);
  const findings = j.findings.map(toFinding);
  const scanners = j.scanners as Result["scanners"];
  const r: Result = {
    kind, tool: j.tool as Result["tool"], generatedAt: j.generatedAt as string, ...decideVerdict(findings, scanners), findings, scanners,
  };
  for (const k of ["blockAt", "base", "mergeBase", "filesScanned", "bundles", "evaluation", "waivers"] as const) {
    if (j[k] !== null && j[k] !== undefined) Object.assign(r, { [k]: j[k] });
  }
  return r;
}

export function parseGateReport(value: unknown, source: string): Result {
  return parseResult(value, source, "gate");
}

/** One evaluate result, or an array of them (one per stack). */
export function parseEvaluateReports(value: unknown, source: string): EvaluateResult[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((v, i) => {
    const r = parseResult(v, Array.isArray(value) ? `${source} [${i}]` : source, "evaluate");
    if (!r.evaluation) throw new InputError(`${source}: evaluation is missing`);
    return { ...r, kind: "evaluate", evaluation: r.evaluation, waivers: r.waivers ?? [] };
  });
}
