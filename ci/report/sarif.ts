// SARIF 2.1.0 for GitHub code scanning: one run, our rules in tool.driver, one result per
// finding. Waived findings are kept as results with an external suppression (the waiver's reason
// and CCTP reference), so code scanning shows them as dismissed rather than losing them.
import type { Bilingual, Finding, Severity } from "../../policies/core/model";
import { bilingualText, failedScanners, messageText, notEvaluated, type RenderOptions, type Result } from "../result/model";
import { owaspFor, OWASP_NAMES } from "./owasp";
import { cleaner } from "./redaction";
import type { Location, Log, Notification, ReportingDescriptor, Result as SarifResult } from "sarif";

export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
export const FINGERPRINT_KEY = "clausierGuard/v1";
const INFO_URI = "https://github.com/clausier-guard/clausier-guard";

/** GitHub maps these numbers to critical (≥ 9.0), high (7.0–8.9), medium (4.0–6.9), low. */
export const SECURITY_SEVERITY: Record<Severity, string> = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0" };
const LEVEL: Record<Severity, "error" | "warning" | "note"> = { critical: "error", high: "error", medium: "warning", low: "note" };

/** Descriptions a caller may know for its rules (the policy catalog, scanner rule metadata). */
export interface RuleInfo {
  description?: Bilingual;
  remediation?: Bilingual;
  owasp?: string[];
  helpUri?: string;
}

export interface SarifOptions extends RenderOptions {
  rules?: Record<string, RuleInfo>;
  /** Where findings without a file point (policy findings: the Pulumi project file). */
  fallbackFile?: string;
}

/** Percent-encodes a repository-relative path into a relative URI reference. */
export function pathToUri(path: string): string {
  return path.split("/").map((seg) => encodeURIComponent(seg)).join("/");
}

export function renderSarif(report: Result, opts: SarifOptions = {}): string {
  return JSON.stringify(buildSarif(report, opts), null, 2) + "\n";
}

export function buildSarif(report: Result, opts: SarifOptions = {}): Log {
  const clean = cleaner(opts.secrets);
  const lang = opts.lang ?? "fr";
  const ruleIds = [...new Set(report.findings.map((f) => f.rule))].sort();
  const firstOf = new Map<string, Finding>();
  for (const f of report.findings) if (!firstOf.has(f.rule)) firstOf.set(f.rule, f);

  const rules = ruleIds.map((id): ReportingDescriptor => {
    const f = firstOf.get(id)!;
    const info = opts.rules?.[id] ?? {};
    const owasp = (info.owasp ?? owaspFor(id, f.scanner)).map((o) => OWASP_NAMES[o] ?? o);
    const short = info.description ? info.description[lang] : `${f.clauses.join(", ")} ${id}`.trim();
    const helpText = [
      info.description ? `${info.description.fr}\n${info.description.en}` : messageText(f, lang),
      info.remediation ? `\n${info.remediation.fr}\n${info.remediation.en}` : "",
      `\nClausier conformité numérique: ${f.clauses.join(", ") || "—"}`,
    ].join("");
    return {
      id: clean(id),
      name: clean(id),
      shortDescription: { text: clean(short).slice(0, 1000) },
      fullDescription: { text: clean(helpText.split("\n")[0]) },
      help: { text: clean(helpText) },
      ...(info.helpUri ? { helpUri: info.helpUri } : {}),
      defaultConfiguration: { level: LEVEL[f.severity] },
      properties: {
        tags: ["security", ...f.clauses.map((c) => `clausier/${clean(c)}`), ...owasp.map((o) => `owasp/${o}`)],
        "security-severity": SECURITY_SEVERITY[f.severity],
        precision: "high",
        clauses: f.clauses.map(clean),
      },
    };
  });
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));

  const results = report.findings.map((f): SarifResult => {
    const physical = {
      artifactLocation: { uri: pathToUri(clean(f.file ?? opts.fallbackFile ?? "Pulumi.yaml")), uriBaseId: "%SRCROOT%" },
      region: { startLine: Math.max(1, f.line ?? 1) },
    };
    const location: Location = { physicalLocation: physical };
    if (f.resource) {
      location.logicalLocations = [{
        name: clean(f.resource.name), fullyQualifiedName: clean(f.resource.urn), kind: "resource",
      }];
    }
    return {
      ruleId: clean(f.rule),
      ruleIndex: ruleIndex.get(f.rule)!,
      level: LEVEL[f.severity],
      message: { text: clean(bilingualText(f)) || clean(f.rule) },
      locations: [location],
      partialFingerprints: { [FINGERPRINT_KEY]: clean(f.fingerprint ?? `${f.rule}:${f.file ?? f.resource?.urn ?? ""}:${f.line ?? 0}`) },
      ...(f.waived ? {
        suppressions: [{
          kind: "external",
          status: "accepted",
          justification: clean(`${f.waived.reason} (CCTP: ${f.waived.cctpReference}; dérogation ${f.waived.id}, approuvée par ${f.waived.approvedBy}, expire le ${f.waived.expires})`),
        }],
      } : {}),
      properties: {
        severity: f.severity,
        clauses: f.clauses.map(clean),
        enforcementLevel: f.enforcementLevel,
        ...(f.scanner ? { scanner: clean(f.scanner) } : {}),
      },
    };
  });

  // Failed and not-evaluated scanners travel with the run so a SARIF consumer sees the gaps.
  const notifications: Notification[] = [
    ...failedScanners(report).map((s): Notification => ({ level: "error", message: { text: clean(`${s.name}: failed: ${s.reason ?? ""}`) } })),
    ...notEvaluated(report).map((s): Notification => ({ level: "warning", message: { text: clean(`${s.name}: not evaluated: ${s.reason ?? ""}`) } })),
    ...(report.evaluation?.warnings ?? []).map((w): Notification => ({ level: "warning", message: { text: clean(w[lang]) } })),
  ];

  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0" as const,
    runs: [{
      tool: {
        driver: {
          name: report.tool.name,
          version: report.tool.version,
          semanticVersion: report.tool.version,
          informationUri: INFO_URI,
          rules,
        },
      },
      automationDetails: { id: `clausier-guard/${report.kind}/` },
      invocations: [{
        executionSuccessful: report.verdict !== "error",
        toolExecutionNotifications: notifications,
        properties: {
          verdict: report.verdict,
          blockAt: report.blockAt,
          ...(report.evaluation ? { view: report.evaluation.view } : {}),
          scanners: report.scanners.map((s) => ({ name: clean(s.name), version: clean(s.version), status: s.status, durationMs: s.durationMs, ...(s.reason ? { reason: clean(s.reason) } : {}) })),
        },
      }],
      originalUriBaseIds: { "%SRCROOT%": { description: { text: "The repository root." } } },
      results,
    }],
  };
}
