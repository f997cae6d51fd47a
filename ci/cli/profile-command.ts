// clausier-guard profile compile|check|schema [--profile FILE] [--out FILE]
import { writeFileSync } from "node:fs";
import path from "node:path";
import { PROFILE_SCHEMA } from "../../policies/core/profile";
import { compilePolicyConfig } from "../../policies/compile";
import { allRules } from "../../policies/rules";
import { parseCommandArgs } from "./args";
import { EXIT_OK, UsageError } from "../result/errors";
import type { Command } from "./io";
import { loadProfileFile } from "./profile-file";
import { parseNow } from "./evaluate-command";

export const profileCommand: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs("profile", argv, {
    profile: { type: "string" },
    out: { type: "string" },
    now: { type: "string" },
  });
  const sub = positionals[0];
  let text: string;
  if (sub === "compile") {
    const config = compilePolicyConfig(loadProfileFile(values.profile), allRules, parseNow(values.now));
    text = JSON.stringify(config, null, 2) + "\n";
  } else if (sub === "check") {
    loadProfileFile(values.profile);
    text = `profile ${values.profile ?? "(embedded defaults)"}: OK\n`;
  } else if (sub === "schema") {
    text = JSON.stringify(PROFILE_SCHEMA, null, 2) + "\n";
  } else {
    throw new UsageError(`profile: expected a subcommand: compile, check or schema${sub ? ` (got '${sub}')` : ""}`);
  }
  if (values.out) writeFileSync(path.resolve(io.cwd, values.out), text);
  else io.stdout(text);
  return EXIT_OK;
};
