// clausier-guard evaluate [DIR] --stack NAME [--profile FILE] [--policy-pack DIR] [--engine mocks|pulumi]
//   [--preview] [--format text|json|sarif] [--out FILE] [--lang fr|en] [--now DATE]
import { writeFileSync } from "node:fs";
import path from "node:path";
import { evaluate } from "../evaluate/evaluate";
import { evaluateWithPulumi } from "../evaluate/pulumi-engine";
import { renderEvaluateText } from "../evaluate/text-report";
import { checkStackName } from "../evaluate/project";
import { renderJson } from "../report/json";
import { renderSarif } from "../report/sarif";
import type { EvaluateResult } from "../result/model";
import { policyCatalog } from "../../policies/catalog";
import { oneOf, parseCommandArgs } from "./args";
import { UsageError } from "../result/errors";
import type { Command } from "./io";
import { loadProfileFile } from "./profile-file";

export const EVALUATE_FORMATS = ["text", "json", "sarif"] as const;

export function parseNow(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) throw new UsageError(`--now: not a date: '${value}' (expected YYYY-MM-DD or ISO 8601)`);
  return d;
}

export function renderEvaluate(r: EvaluateResult, format: (typeof EVALUATE_FORMATS)[number], lang: "fr" | "en"): string {
  if (format === "json") return renderJson(r, { lang });
  if (format === "sarif") {
    const rules = Object.fromEntries(policyCatalog().map((e) => [e.name, { description: e.description, remediation: e.remediation }]));
    return renderSarif(r, { lang, rules, fallbackFile: path.join(path.relative(process.cwd(), r.evaluation.program) || ".", "Pulumi.yaml") });
  }
  return renderEvaluateText(r, lang);
}

export const evaluateCommand: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs("evaluate", argv, {
    stack: { type: "string", short: "s" },
    profile: { type: "string" },
    "policy-pack": { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
    lang: { type: "string" },
    now: { type: "string" },
    engine: { type: "string" },
    preview: { type: "boolean" },
  });
  if (!values.stack) throw new UsageError("evaluate: --stack NAME is required (the stack whose Pulumi.<stack>.yaml config to use)");
  checkStackName(values.stack, (m) => new UsageError(`evaluate: --stack: ${m}`));
  const format = oneOf("evaluate", "format", values.format, EVALUATE_FORMATS, "text");
  const lang = oneOf("evaluate", "lang", values.lang, ["fr", "en"] as const, "fr");
  const engine = oneOf("evaluate", "engine", values.engine, ["mocks", "pulumi"] as const, "mocks");
  // The real engine only previews (its stand-in providers cannot create anything).
  if (values.preview && engine === "pulumi") throw new UsageError("evaluate: --preview applies to --engine mocks (--engine pulumi always previews)");
  const profile = loadProfileFile(values.profile ? path.resolve(io.cwd, values.profile) : undefined);
  const opts = {
    dir: path.resolve(io.cwd, positionals[0] ?? "."),
    stack: values.stack,
    profile,
    packDir: values["policy-pack"] ? path.resolve(io.cwd, values["policy-pack"]) : undefined,
    now: parseNow(values.now),
    preview: values.preview ?? false,
  };
  const result = engine === "pulumi" ? await evaluateWithPulumi(opts) : await evaluate(opts);
  const text = renderEvaluate(result, format, lang);
  if (values.out) writeFileSync(path.resolve(io.cwd, values.out), text);
  else io.stdout(text);
  return result.exitCode;
};
