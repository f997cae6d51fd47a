// clausier-guard stacks [DIR] [--format text|json|github-matrix]: the repository's Pulumi stacks,
// as the CI matrix of one job per stack (`github-matrix` prints `stacks=<JSON>` for $GITHUB_OUTPUT).
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { findStacks } from "../evaluate/stacks";
import { oneOf, parseCommandArgs } from "./args";
import { EXIT_ERROR, EXIT_OK, InputError } from "../result/errors";
import type { Command } from "./io";

export const stacksCommand: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs("stacks", argv, { format: { type: "string" } }, 1);
  const format = oneOf("stacks", "format", values.format, ["text", "json", "github-matrix"] as const, "text");
  const root = path.resolve(io.cwd, positionals[0] ?? ".");
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new InputError(`stacks: ${root} is not a folder`);
  const { stacks, rejected } = findStacks(root);
  for (const r of rejected) io.stderr(`clausier-guard: stacks: ${path.relative(root, r)}: not a valid stack name, not evaluated\n`);
  const rows = stacks.map((s) => {
    const dir = path.relative(root, s.dir) || ".";
    return { dir, stack: s.stack, name: `${dir === "." ? "root" : dir.replace(/[^A-Za-z0-9._-]+/g, "-")}-${s.stack}` };
  });
  if (format === "github-matrix") io.stdout(`stacks=${JSON.stringify(rows)}\n`);
  else if (format === "json") io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
  else io.stdout(rows.map((r) => `${r.dir}\t${r.stack}\n`).join(""));
  // A repository whose stack files cannot all be evaluated must not look complete.
  return rejected.length ? EXIT_ERROR : EXIT_OK;
};
