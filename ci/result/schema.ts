// The published JSON Schema of the JSON output of `gate` and `evaluate` (`clausier-guard schema
// result`). Versioned: a reader checks `schemaVersion` and the `$id` names the version.
export const RESULT_SCHEMA_VERSION = 2;
export const RESULT_SCHEMA_ID = `https://clausier-guard.github.io/schemas/result-v${RESULT_SCHEMA_VERSION}.json`;

const str = { type: "string" } as const;
const strOrNull = { type: ["string", "null"] } as const;
const severity = { enum: ["critical", "high", "medium", "low"] } as const;
const view = { enum: ["simulation", "preview"] } as const;
const bilingual = { type: "object", required: ["fr", "en"], properties: { fr: str, en: str } } as const;

const waiverRef = {
  type: "object",
  required: ["id", "cctpReference", "approvedBy", "expires", "reason"],
  properties: { id: str, cctpReference: str, approvedBy: str, expires: str, reason: str },
} as const;

const finding = {
  type: "object",
  required: ["scanner", "rule", "clauses", "severity", "file", "line", "message", "fingerprint", "waived", "source", "enforcementLevel", "blocking", "resource"],
  properties: {
    scanner: str,
    rule: { type: "string", minLength: 1 },
    clauses: { type: "array", items: str },
    severity,
    file: strOrNull,
    line: { type: ["integer", "null"], minimum: 0 },
    message: bilingual,
    fingerprint: strOrNull,
    waived: { oneOf: [{ const: false }, waiverRef] },
    source: { enum: ["policy", "gate"] },
    enforcementLevel: { enum: ["mandatory", "advisory", "disabled"] },
    /** Derived (the one blocking rule); a reader recomputes it rather than trusting it. */
    blocking: { type: "boolean" },
    resource: {
      oneOf: [{ type: "null" }, { type: "object", required: ["urn", "type", "name"], properties: { urn: str, type: str, name: str } }],
    },
    stack: str,
    commit: str,
    view,
    unknown: { type: "array", items: str },
  },
} as const;

const scanner = {
  type: "object",
  required: ["name", "version", "status", "durationMs", "findingCount"],
  properties: {
    name: str, version: str, status: { enum: ["ok", "failed", "not-evaluated"] },
    durationMs: { type: "number", minimum: 0 }, reason: str, findingCount: { type: "integer", minimum: 0 },
  },
} as const;

export const RESULT_SCHEMA = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: RESULT_SCHEMA_ID,
  title: "Clausier Guard result (gate or evaluate)",
  type: "object",
  required: ["schemaVersion", "kind", "verdict", "exitCode", "findings", "scanners", "tool", "generatedAt"],
  properties: {
    schemaVersion: { const: RESULT_SCHEMA_VERSION },
    kind: { enum: ["gate", "evaluate"] },
    verdict: { enum: ["pass", "blocked", "error"] },
    exitCode: { enum: [0, 1, 2] },
    findings: { type: "array", items: finding },
    scanners: { type: "array", items: scanner },
    notEvaluated: { type: "array", items: { type: "object", required: ["name", "reason"], properties: { name: str, reason: str } } },
    tool: { type: "object", required: ["name", "version"], properties: { name: str, version: str } },
    generatedAt: str,
    blockAt: { oneOf: [{ type: "null" }, severity] },
    base: strOrNull,
    mergeBase: strOrNull,
    filesScanned: { type: ["integer", "null"], minimum: 0 },
    bundles: {
      oneOf: [{ type: "null" }, {
        type: "array",
        items: { type: "object", required: ["file", "reasons"], properties: { file: str, library: str, reasons: { type: "array", items: str } } },
      }],
    },
    evaluation: {
      oneOf: [{ type: "null" }, {
        type: "object",
        required: ["stack", "project", "program", "resources", "policyPack", "view", "warnings", "errors"],
        properties: {
          stack: str, project: str, program: str, resources: { type: "integer", minimum: 0 },
          policyPack: { type: "object", required: ["name", "version", "policies"], properties: { name: str, version: str, policies: { type: "integer", minimum: 0 }, disabled: { type: "array", items: str } } },
          durationMs: { type: "object", properties: { program: { type: "number" }, packStart: { type: "number" }, analysis: { type: "number" } } },
          view,
          warnings: { type: "array", items: bilingual },
          /** Non-empty: the evaluation is incomplete, and the pack's scanner entry reads failed. */
          errors: { type: "array", items: str },
        },
      }],
    },
    waivers: {
      oneOf: [{ type: "null" }, {
        type: "array",
        items: { ...waiverRef, required: [...waiverRef.required, "status"], properties: { ...waiverRef.properties, status: { enum: ["valid", "expired", "unknown-approver"] } } },
      }],
    },
  },
} as const;
