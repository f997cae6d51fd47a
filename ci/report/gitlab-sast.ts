// GitLab SAST report (gl-sast-report.json, schema 15.x): findings in the merge request widget.
// Waived findings are left out (GitLab has no suppression field); the JSON report keeps them.
import { createHash } from "node:crypto";
import type { Severity } from "../../policies/core/model";
import { bilingualText, messageText, TOOL_NAME, type RenderOptions, type Result } from "../result/model";
import { cleaner } from "./redaction";

const SEVERITY: Record<Severity, string> = { critical: "Critical", high: "High", medium: "Medium", low: "Low" };

export function renderGitlabSast(report: Result, opts: RenderOptions = {}): string {
  const clean = cleaner(opts.secrets);
  const lang = opts.lang ?? "fr";
  const vulnerabilities = report.findings.filter((f) => !f.waived).map((f) => {
    const file = f.file ? clean(f.file) : "Pulumi.yaml";
    const id = createHash("sha256").update(f.fingerprint ?? `${f.rule}|${file}|${f.line ?? 0}|${bilingualText(f)}`).digest("hex");
    return {
      id,
      category: "sast",
      name: clean(f.rule),
      message: clean(messageText(f, lang)).slice(0, 1000),
      description: clean(bilingualText(f)),
      severity: SEVERITY[f.severity],
      scanner: { id: clean(f.scanner ?? TOOL_NAME), name: clean(f.scanner ?? TOOL_NAME) },
      location: { file, start_line: f.line ?? 1, ...(f.resource ? { class: clean(f.resource.urn) } : {}) },
      identifiers: [
        { type: "clausier_guard_rule", name: clean(f.rule), value: clean(f.rule) },
        ...f.clauses.map((c) => ({ type: "clausier_clause", name: `Clausier ${clean(c)}`, value: clean(c) })),
      ],
    };
  });
  const now = report.generatedAt.replace(/\.\d+Z$/, "");
  const out = {
    version: "15.0.7",
    scan: {
      analyzer: { id: TOOL_NAME, name: "Clausier Guard", version: report.tool.version, vendor: { name: "Clausier Guard" } },
      scanner: { id: TOOL_NAME, name: "Clausier Guard", version: report.tool.version, vendor: { name: "Clausier Guard" } },
      type: "sast",
      start_time: now,
      end_time: now,
      status: report.verdict === "error" ? "failure" : "success",
    },
    vulnerabilities,
  };
  return JSON.stringify(out, null, 2) + "\n";
}
