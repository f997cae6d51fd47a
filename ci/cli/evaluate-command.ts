// clausier-guard evaluate [DIR] --stack NAME [--profile FILE] [--policy-pack DIR] [--format text|json|sarif] [--out FILE] [--lang fr|en] [--now DATE]
import { writeFileSync } from "node:fs";
import path from "node:path";
import { evaluate, isBlocking, type EvaluateResult } from "../evaluate/evaluate";
import { renderEvaluateText } from "../evaluate/text-report";
import { policyFindings } from "../evaluate/findings";
import { oneOf, parseCommandArgs } from "./args";
import { EXIT_BLOCKED, EXIT_OK, UsageError } from "./errors";
import type { Command } from "./io";
import { loadProfileFile } from "./profile-file";

export const EVALUATE_FORMATS = ["text", "json", "sarif"] as const;

export function parseNow(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) throw new UsageError(`--now: not a date: '${value}' (expected YYYY-MM-DD or ISO 8601)`);
  return d;
}

export async function renderEvaluate(r: EvaluateResult, format: (typeof EVALUATE_FORMATS)[number], lang: "fr" | "en"): Promise<string> {
  if (format === "json") return JSON.stringify(r, null, 2) + "\n";
  if (format === "sarif") {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only for SARIF output
    const { renderSarif } = require("../report/sarif") as typeof import("../report/sarif");
    return JSON.stringify(renderSarif(policyFindings(r)), null, 2) + "\n";
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
  });
  if (!values.stack) throw new UsageError("evaluate: --stack NAME is required (the stack whose Pulumi.<stack>.yaml config to use)");
  const format = oneOf("evaluate", "format", values.format, EVALUATE_FORMATS, "text");
  const lang = oneOf("evaluate", "lang", values.lang, ["fr", "en"] as const, "fr");
  const profile = loadProfileFile(values.profile);
  const result = await evaluate({
    dir: path.resolve(io.cwd, positionals[0] ?? "."),
    stack: values.stack,
    profile,
    packDir: values["policy-pack"] ? path.resolve(io.cwd, values["policy-pack"]) : undefined,
    now: parseNow(values.now),
  });
  const text = await renderEvaluate(result, format, lang);
  if (values.out) writeFileSync(path.resolve(io.cwd, values.out), text);
  else io.stdout(text);
  return result.violations.some(isBlocking) ? EXIT_BLOCKED : EXIT_OK;
};
