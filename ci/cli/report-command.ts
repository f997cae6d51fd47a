// `clausier-guard report`: turns the JSON outputs of `gate` and `evaluate` into the HTML report
// for security teams (or the clause coverage as JSON) and, with --out, the O-12.5.6 evidence
// manifest. Reporting never changes a verdict: the exit code is 0 whenever the report was written.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
import type { Lang } from "../../policies/core/model";
import { oneOf, parseCommandArgs } from "./args";
import { EXIT_OK, InputError, UsageError } from "../result/errors";
import type { Command, CommandIO } from "./io";
import { renderHtmlFromModel } from "../report/html/render";
import { locationOf, messageText, type EvaluateResult, type Result } from "../result/model";
import { parseEvaluateReports, parseGateReport } from "../report/coverage/inputs";
import { buildReportModel, type ReportModel } from "../report/coverage/model";
import { sanitizer } from "../report/coverage/sanitize";
import { writeManifest } from "../report/manifest";
import { sbomSummary, writeSbom } from "../report/sbom";
import { cleanDeep, cleaner } from "../report/redaction";
import { renderPortfolioHtml } from "../report/portfolio/html";
import { portfolioJson } from "../report/portfolio/json";
import { summariseBundles } from "../report/portfolio/load";
import { buildPortfolio } from "../report/portfolio/model";

export const REPORT_USAGE = `Usage: clausier-guard report [--gate FILE] [--evaluate FILE]... [--vendor NAME] [--repository NAME] [--format html|json] [--lang fr|en] [--out DIR]
       clausier-guard report --bundles DIR... [--previous DIR]... [--format html|json] [--lang fr|en] [--out DIR]

Renders the compliance report from the JSON written by 'gate' and 'evaluate'.
  --gate FILE       gate JSON (gate --format json)
  --evaluate FILE   evaluate JSON (repeatable: one per stack)
  --vendor NAME     who delivered the code (kept in the evidence manifest, for the portfolio)
  --repository NAME the repository evaluated (kept in the evidence manifest, for the portfolio)
  --format F        html (default) or json (clause coverage)
  --lang L          fr (default) or en
  --out DIR         write report.html (or coverage.json), the inputs (inputs/) and manifest.json
                    into DIR (the evidence bundle) instead of stdout

The portfolio: one report over many evidence bundles (folders holding a manifest.json, e.g. the
CI artefacts of every repository), each verified against its manifest's SHA-256.
  --bundles DIR     a folder of bundles, searched recursively (repeatable)
  --previous DIR    the previous run's bundles: what changed since (repeatable)
  --out DIR         write portfolio.html (or portfolio.json) into DIR instead of stdout
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
    vendor: { type: "string" },
    repository: { type: "string" },
    bundles: { type: "string", multiple: true },
    previous: { type: "string", multiple: true },
    help: { type: "boolean", short: "h" },
  }, 0);
  if (values.help) {
    io.stdout(REPORT_USAGE);
    return EXIT_OK;
  }
  const format = oneOf("report", "format", values.format, ["html", "json"] as const, "html");
  const lang = oneOf("report", "lang", values.lang, ["fr", "en"] as const, "fr");
  if (values.bundles?.length) {
    if (values.gate || values.evaluate?.length || values.vendor || values.repository) {
      throw new UsageError("report: --bundles reads whole bundles; it cannot be combined with --gate, --evaluate, --vendor or --repository");
    }
    return portfolio(io, values.bundles, values.previous ?? [], format, lang, values.out);
  }
  if (values.previous?.length) throw new UsageError("report: --previous compares bundles; give --bundles too");
  if (!values.gate && !(values.evaluate && values.evaluate.length)) {
    throw new UsageError("report: give at least one input, --gate FILE or --evaluate FILE");
  }

  let gate: Result | undefined;
  // What the bundle keeps of its inputs (inputs/), as read, unless it holds them already (gate --out
  // into the same folder): one copy of each result, which the portfolio validates again.
  const outside = (file: string) => !values.out || relative(resolve(io.cwd, values.out), resolve(io.cwd, file)).startsWith("..");
  const inputs: [string, unknown][] = [];
  if (values.gate) {
    const raw = readJson(io.cwd, "--gate", values.gate);
    gate = parseGateReport(raw, values.gate);
    if (outside(values.gate)) inputs.push(["gate.json", raw]);
  }
  const evaluate: EvaluateResult[] = [];
  for (const [i, file] of (values.evaluate ?? []).entries()) {
    const raw = readJson(io.cwd, "--evaluate", file);
    evaluate.push(...parseEvaluateReports(raw, file));
    if (outside(file)) inputs.push([`evaluate-${i + 1}.json`, raw]);
  }

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
    writeInputs(outDir, inputs);
    const manifest = writeManifest({ outDir, repoRoot: io.cwd, gate, subject: { vendor: values.vendor, repository: values.repository } });
    io.stderr(`report: wrote ${join(values.out, name)} and ${join(values.out, "manifest.json")} (${manifest.files.length} files hashed)\n`);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`report: cannot write to '${values.out}' (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return EXIT_OK;
};

/** The bundle holds the results it reports on (hashed by the manifest), redacted once more: the portfolio reads them back. */
function writeInputs(outDir: string, inputs: [string, unknown][]): void {
  if (!inputs.length) return;
  const clean = cleaner([]);
  mkdirSync(join(outDir, "inputs"), { recursive: true });
  for (const [name, value] of inputs) writeFileSync(join(outDir, "inputs", name), `${JSON.stringify(cleanDeep(value, clean), null, 2)}\n`);
}

function portfolio(io: CommandIO, bundles: string[], previous: string[], format: "html" | "json", lang: Lang, out: string | undefined): number {
  const now = new Date();
  const abs = (d: string) => resolve(io.cwd, d);
  const model = buildPortfolio({
    current: summariseBundles(bundles.map(abs), now),
    previous: previous.length ? summariseBundles(previous.map(abs), now) : undefined,
    now,
  });
  if (model.totals.bundles === 0) throw new InputError(`report: no evidence bundle (a folder with a manifest.json) under ${bundles.map((b) => `'${b}'`).join(", ")}`);
  const body = format === "html" ? renderPortfolioHtml(model, lang) : `${JSON.stringify(portfolioJson(model), null, 2)}\n`;
  if (!out) {
    io.stdout(body);
    return EXIT_OK;
  }
  const name = format === "html" ? "portfolio.html" : "portfolio.json";
  try {
    mkdirSync(abs(out), { recursive: true });
    writeFileSync(join(abs(out), name), body);
  } catch (e) {
    throw new InputError(`report: cannot write to '${out}' (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  io.stderr(`report: wrote ${join(out, name)} (${model.totals.bundles} bundles, ${model.totals.repositories} repositories, verdict ${model.verdict})\n`);
  return EXIT_OK;
}
