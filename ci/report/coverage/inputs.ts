// The JSON files the report and the GitHub publisher read: `gate.json` (the CI gate) and
// `evaluate.json` (the policy pack, one per stack). They come from disk, so they are parsed
// defensively: a missing required field is an InputError naming the file and the JSON path; an
// unknown extra field is ignored. Nothing found here is trusted to be escaped or redacted: every
// renderer escapes and redacts at output time.
import { InputError } from "../../cli/errors";
import { SEVERITIES, type EnforcementLevel, type Finding, type ResourceRef, type Severity, type WaiverRef } from "../../../policies/core/model";
import { normaliseClauseId } from "./clauses";

export type GateVerdict = "pass" | "blocked" | "error";

export interface GateFindingJson {
  scanner: string;
  rule: string;
  clauses: string[];
  severity: Severity;
  file?: string;
  line?: number;
  message: string;
  fingerprint?: string;
  waived: false | WaiverRef;
  /** Optional extras of gate.json: a gate finding may come from the policy pack. */
  source?: "policy" | "gate";
  enforcementLevel?: EnforcementLevel;
  resource?: ResourceRef;
}

export interface ScannerJson {
  name: string;
  version: string;
  status: string;
  durationMs: number;
  reason?: string;
}

export interface GateReport {
  verdict: GateVerdict;
  findings: GateFindingJson[];
  scanners: ScannerJson[];
}

export interface EvaluateViolationJson {
  policy: string;
  clauses: string[];
  severity: Severity;
  enforcementLevel: EnforcementLevel;
  resource: ResourceRef | null;
  message: string;
  waived?: WaiverRef;
}

/** A waiver as listed by `evaluate` (or the profile): its status tells whether it still waives. */
export interface WaiverListing extends WaiverRef {
  status?: string;
  problem?: string;
}

export interface EvaluateReport {
  stack: string;
  resources: number;
  violations: EvaluateViolationJson[];
  waivers: WaiverListing[];
}

type Obj = Record<string, unknown>;

class Reader {
  constructor(private readonly source: string) {}

  fail(path: string, what: string): never {
    throw new InputError(`${this.source}: ${path} ${what}`);
  }
  obj(v: unknown, path: string): Obj {
    if (typeof v !== "object" || v === null || Array.isArray(v)) this.fail(path, "must be an object");
    return v as Obj;
  }
  arr(v: unknown, path: string): unknown[] {
    if (!Array.isArray(v)) this.fail(path, "must be an array");
    return v;
  }
  str(v: unknown, path: string): string {
    if (typeof v !== "string") this.fail(path, "must be a string");
    return v;
  }
  optStr(v: unknown, path: string): string | undefined {
    return v === undefined || v === null ? undefined : this.str(v, path);
  }
  optLine(v: unknown, path: string): number | undefined {
    if (v === undefined || v === null) return undefined;
    if (typeof v !== "number" || !Number.isInteger(v) || v < 0) this.fail(path, "must be a non-negative integer");
    return v;
  }
  num(v: unknown, path: string, fallback: number): number {
    if (v === undefined || v === null) return fallback;
    if (typeof v !== "number" || !Number.isFinite(v)) this.fail(path, "must be a number");
    return v;
  }
  severity(v: unknown, path: string): Severity {
    if (!(SEVERITIES as readonly unknown[]).includes(v)) this.fail(path, `must be one of ${SEVERITIES.join(", ")}`);
    return v as Severity;
  }
  clauses(v: unknown, path: string): string[] {
    if (v === undefined || v === null) return [];
    return this.arr(v, path).map((c, i) => normaliseClauseId(this.str(c, `${path}[${i}]`)));
  }
  optResource(v: unknown, path: string): ResourceRef | undefined {
    if (v === undefined || v === null) return undefined;
    const o = this.obj(v, path);
    return { urn: this.str(o.urn, `${path}.urn`), type: this.optStr(o.type, `${path}.type`) ?? "", name: this.optStr(o.name, `${path}.name`) ?? "" };
  }
  waiverRef(v: unknown, path: string): WaiverRef {
    const o = this.obj(v, path);
    return {
      id: this.str(o.id, `${path}.id`),
      cctpReference: this.optStr(o.cctpReference, `${path}.cctpReference`) ?? "",
      approvedBy: this.optStr(o.approvedBy, `${path}.approvedBy`) ?? "",
      expires: this.optStr(o.expires, `${path}.expires`) ?? "",
      reason: this.optStr(o.reason, `${path}.reason`) ?? "",
    };
  }
}

export function parseGateReport(value: unknown, source: string): GateReport {
  const r = new Reader(source);
  const o = r.obj(value, "the gate report");
  const verdicts: readonly unknown[] = ["pass", "blocked", "error"];
  if (!verdicts.includes(o.verdict)) r.fail("verdict", "must be pass, blocked or error");
  const verdict = o.verdict as GateVerdict;
  const findings = r.arr(o.findings, "findings").map((f, i): GateFindingJson => {
    const path = `findings[${i}]`;
    const x = r.obj(f, path);
    const waived = x.waived === undefined || x.waived === null || x.waived === false ? false : r.waiverRef(x.waived, `${path}.waived`);
    return {
      scanner: r.optStr(x.scanner, `${path}.scanner`) ?? "",
      rule: r.str(x.rule, `${path}.rule`),
      clauses: r.clauses(x.clauses, `${path}.clauses`),
      severity: r.severity(x.severity, `${path}.severity`),
      file: r.optStr(x.file, `${path}.file`),
      line: r.optLine(x.line, `${path}.line`),
      message: r.str(x.message, `${path}.message`),
      fingerprint: r.optStr(x.fingerprint, `${path}.fingerprint`),
      waived,
      source: x.source === "policy" ? "policy" : x.source === "gate" ? "gate" : undefined,
      enforcementLevel: x.enforcementLevel === "advisory" || x.enforcementLevel === "mandatory" || x.enforcementLevel === "disabled" ? x.enforcementLevel : undefined,
      resource: r.optResource(x.resource, `${path}.resource`),
    };
  });
  const scanners = (o.scanners === undefined ? [] : r.arr(o.scanners, "scanners")).map((s, i): ScannerJson => {
    const path = `scanners[${i}]`;
    const x = r.obj(s, path);
    return {
      name: r.str(x.name, `${path}.name`),
      version: r.optStr(x.version, `${path}.version`) ?? "",
      status: r.optStr(x.status, `${path}.status`) ?? "",
      durationMs: r.num(x.durationMs, `${path}.durationMs`, 0),
      reason: r.optStr(x.reason, `${path}.reason`),
    };
  });
  return { verdict, findings, scanners };
}

function parseOneEvaluate(r: Reader, value: unknown, base: string): EvaluateReport {
  const o = r.obj(value, base || "the evaluate report");
  const at = (p: string) => (base ? `${base}.${p}` : p);
  const violations = r.arr(o.violations, at("violations")).map((v, i): EvaluateViolationJson => {
    const path = at(`violations[${i}]`);
    const x = r.obj(v, path);
    const resource = r.optResource(x.resource, `${path}.resource`) ?? null;
    const level = x.enforcementLevel;
    const enforcementLevel: EnforcementLevel = level === "advisory" || level === "disabled" ? level : "mandatory";
    const waived = x.waived === undefined || x.waived === null || x.waived === false ? undefined : r.waiverRef(x.waived, `${path}.waived`);
    return {
      policy: r.str(x.policy, `${path}.policy`),
      clauses: r.clauses(x.clauses, `${path}.clauses`),
      // evaluate writes "" when a policy has no known severity: treat it as high, not as noise.
      severity: x.severity === "" ? "high" : r.severity(x.severity, `${path}.severity`),
      enforcementLevel,
      resource,
      message: r.str(x.message, `${path}.message`),
      waived,
    };
  });
  const waivers = (o.waivers === undefined || o.waivers === null ? [] : r.arr(o.waivers, at("waivers"))).map((w, i): WaiverListing => {
    const path = at(`waivers[${i}]`);
    // evaluate may list waiver problems as {waiver: {...}, problem, message}: accept both shapes.
    const x = r.obj(w, path);
    const inner = typeof x.waiver === "object" && x.waiver !== null ? x.waiver : x;
    const ref = r.waiverRef(inner, path);
    return { ...ref, status: r.optStr(x.status, `${path}.status`), problem: r.optStr(x.problem, `${path}.problem`) };
  });
  return {
    stack: r.optStr(o.stack, at("stack")) ?? "",
    resources: r.num(o.resources, at("resources"), 0),
    violations,
    waivers,
  };
}

/** One evaluate report, or an array of them (one per stack). */
export function parseEvaluateReports(value: unknown, source: string): EvaluateReport[] {
  const r = new Reader(source);
  if (Array.isArray(value)) return value.map((v, i) => parseOneEvaluate(r, v, `[${i}]`));
  return [parseOneEvaluate(r, value, "")];
}

/** A finding of the shared model, plus the stack it came from (policy findings only). */
export interface ReportFinding extends Finding {
  stack?: string;
}

export function gateFindings(gate: GateReport): ReportFinding[] {
  return gate.findings.map((f) => ({
    source: f.source ?? "gate",
    rule: f.rule,
    clauses: f.clauses,
    severity: f.severity,
    // Without the optional enforcement level, the gate's verdict already decided what blocks.
    enforcementLevel: f.enforcementLevel ?? "mandatory",
    resource: f.resource ?? null,
    message: f.message,
    scanner: f.scanner,
    file: f.file,
    line: f.line,
    fingerprint: f.fingerprint,
    waived: f.waived === false ? undefined : f.waived,
  }));
}

export function policyFindings(reports: EvaluateReport[]): ReportFinding[] {
  return reports.flatMap((e) =>
    e.violations.map((v): ReportFinding => ({
      source: "policy",
      rule: v.policy,
      clauses: v.clauses,
      severity: v.severity,
      enforcementLevel: v.enforcementLevel,
      message: v.message,
      resource: v.resource,
      waived: v.waived,
      stack: e.stack,
    })),
  );
}
