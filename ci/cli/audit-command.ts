// clausier-guard audit STATE.json [--profile FILE] [--policy-pack DIR] [--format text|json|sarif] [--out FILE] [--lang fr|en]
// Evaluates what is already deployed (a `pulumi stack export` file) with `pulumi policy analyze`.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { auditState } from "../evaluate/pulumi-engine";
import { oneOf, parseCommandArgs } from "./args";
import { UsageError } from "../result/errors";
import { EVALUATE_FORMATS, parseNow, renderEvaluate } from "./evaluate-command";
import type { Command } from "./io";
import { loadProfileFile } from "./profile-file";

export const auditCommand: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs("audit", argv, {
    profile: { type: "string" }, "policy-pack": { type: "string" }, format: { type: "string" },
    out: { type: "string" }, lang: { type: "string" }, now: { type: "string" },
  });
  if (!positionals[0]) throw new UsageError("audit: expected the state file (`pulumi stack export > state.json`)");
  const format = oneOf("audit", "format", values.format, EVALUATE_FORMATS, "text");
  const lang = oneOf("audit", "lang", values.lang, ["fr", "en"] as const, "fr");
  const result = await auditState({
    stateFile: path.resolve(io.cwd, positionals[0]),
    profile: loadProfileFile(values.profile),
    packDir: values["policy-pack"] ? path.resolve(io.cwd, values["policy-pack"]) : undefined,
    now: parseNow(values.now),
  });
  const text = renderEvaluate(result, format, lang);
  if (values.out) writeFileSync(path.resolve(io.cwd, values.out), text);
  else io.stdout(text);
  return result.exitCode;
};
