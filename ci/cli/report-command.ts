// `clausier-guard report`: turns the JSON outputs of `gate` and `evaluate` into the HTML report
// for security teams (or the clause coverage as JSON) and, with --out, the O-12.5.6 evidence
// manifest. Reporting never changes a verdict: the exit code is 0 whenever the report was written.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import type { Lang } from "../../policies/core/model";
import { oneOf, parseCommandArgs } from "./args";
import { EXIT_OK, InputError, UsageError } from "../result/errors";
import type { Command } from "./io";
import { renderHtmlFromModel } from "../report/html/render";
import { locationOf, messageText, type EvaluateResult, type Result } from "../result/model";
import { parseEvaluateReports, parseGateReport } from "../report/coverage/inputs";
import { buildReportModel, type ReportModel } from "../report/coverage/model";
import { sanitizer } from "../report/coverage/sanitize";
import { writeManifest } from "../report/manifest";
import { sbomSummary, writeSbom } from "../report/sbom";

export const REPORT_USAGE = `Usage: clausier-guard report [--gate FILE] [--evaluate FILE]... [--format html|json] [--lang fr|en] [--out DIR]

Renders the compliance report from the JSON written by 'gate' and 'evaluate'.
  --gate FILE       gate JSON (gate --format json)
  --evaluate FILE   evaluate JSON (repeatable: one per stack)
  --format F        html (default) or json (clause coverage)
  --lang L          fr (default) or en
  --out DIR         write report.html (or coverage.json) and manifest.json into DIR instead of stdout
`;

function readJson(cwd: string, option: string, file: string): unknown {
  const path = isAbsolute(file) ? file : resolve(cwd, file);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new InputError(`report: cannot read the ${option} file '${file}' (${code})`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new InputError(`report: the ${option} file '${file}' is not valid JSON (${(e as Error).message})`);
  }
}

/** The clause coverage as JSON: for pipelines and dashboards. Texts are sanitized, not escaped. */
export function coverageJson(m: ReportModel, lang: Lang): unknown {
  const safe = sanitizer();
  const finding = (f: ReportModel["coverage"]["findings"][number]) => ({
    source: f.source, rule: safe(f.rule), severity: f.severity, location: safe(locationOf(f)),
    message: safe(messageText(f, lang)), waiver: f.waived ? safe(f.waived.id) : null,
  });
  return {
    verdict: m.verdict,
    generatedAt: m.generatedAt.toISOString(),
    counts: m.coverage.counts,
    clauses: m.coverage.clauses.map((c) => ({
      id: c.clause.id,
      section: c.clause.section,
      scope: c.clause.scope,
      title: c.clause.title[lang],
      status: c.status,
      rules: c.rules.map((r) => ({ name: r.entry.name, source: r.entry.kind === "gate" ? "gate" : "policy", evaluated: r.evaluated })),
      evidence: c.clause.evidence ? c.clause.evidence[lang] : null,
      findings: [...c.failed, ...c.waived].map(finding),
    })),
    otherFindings: m.coverage.otherFindings.map(finding),
    waivers: m.waivers.map((w) => ({ ...w, id: safe(w.id), reason: safe(w.reason), approvedBy: safe(w.approvedBy), cctpReference: safe(w.cctpReference) })),
  };
}

export const reportCommand: Command = async (argv, io) => {
  const { values } = parseCommandArgs("report", argv, {
    gate: { type: "string" },
    evaluate: { type: "string", multiple: true },
    format: { type: "string" },
    lang: { type: "string" },
    out: { type: "string" },
    help: { type: "boolean", short: "h" },
  }, 0);
  if (values.help) {
    io.stdout(REPORT_USAGE);
    return EXIT_OK;
  }
  const format = oneOf("report", "format", values.format, ["html", "json"] as const, "html");
  const lang = oneOf("report", "lang", values.lang, ["fr", "en"] as const, "fr");
  if (!values.gate && !(values.evaluate && values.evaluate.length)) {
    throw new UsageError("report: give at least one input, --gate FILE or --evaluate FILE");
  }

  let gate: Result | undefined;
  if (values.gate) gate = parseGateReport(readJson(io.cwd, "--gate", values.gate), values.gate);
  const evaluate: EvaluateResult[] = [];
  for (const file of values.evaluate ?? []) evaluate.push(...parseEvaluateReports(readJson(io.cwd, "--evaluate", file), file));

  const model = buildReportModel({ gate, evaluate: evaluate.length ? evaluate : undefined });
  const body = format === "html" ? renderHtmlFromModel(model, lang) : `${JSON.stringify(coverageJson(model, lang), null, 2)}\n`;

  if (!values.out) {
    io.stdout(body);
    return EXIT_OK;
  }
  const outDir = resolve(io.cwd, values.out);
  try {
    mkdirSync(outDir, { recursive: true });
    const name = format === "html" ? "report.html" : "coverage.json";
    writeFileSync(join(outDir, name), body);
    // A bundle that `gate --out` filled already has its SBOM; otherwise the current folder is the repository.
    if (!sbomSummary(outDir)) await writeSbom(outDir, io.cwd);
    const manifest = writeManifest({ outDir, repoRoot: io.cwd, gate });
    io.stderr(`report: wrote ${join(values.out, name)} and ${join(values.out, "manifest.json")} (${manifest.files.length} files hashed)\n`);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`report: cannot write to '${values.out}' (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return EXIT_OK;
};
