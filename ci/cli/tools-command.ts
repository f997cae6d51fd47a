// clausier-guard tools install [NAME…]: installs the scanners the gate runs from the package
// registries (the bundled bootstrap script, idempotent and cached), for an installed package.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { parseCommandArgs } from "./args";
import { EXIT_ERROR, EXIT_OK, UsageError } from "../result/errors";
import type { Command } from "./io";

const BOOTSTRAP = path.resolve(__dirname, "../../scripts/bootstrap.sh");
export const TOOL_TARGETS = ["semgrep", "gitleaks", "osv", "pulumi"] as const;

export const toolsCommand: Command = async (argv, io) => {
  const { positionals } = parseCommandArgs("tools", argv, {}, 1 + TOOL_TARGETS.length);
  const [action, ...names] = positionals;
  if (action !== "install") throw new UsageError(`tools: expected 'install' (got '${action ?? ""}')`);
  for (const n of names) if (!(TOOL_TARGETS as readonly string[]).includes(n)) throw new UsageError(`tools: unknown tool '${n}' (expected ${TOOL_TARGETS.join(", ")})`);
  const targets = names.length ? names : TOOL_TARGETS.filter((t) => t !== "pulumi");
  io.stderr(`clausier-guard: installing ${targets.join(", ")} from the package registries into the cache (the first time takes minutes)\n`);
  const r = spawnSync("bash", [BOOTSTRAP, ...targets], { env: io.env, stdio: ["ignore", "inherit", "inherit"] });
  return r.status === 0 ? EXIT_OK : EXIT_ERROR;
};
