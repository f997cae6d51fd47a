// clausier-guard: command dispatch. Every error ends as a clear message and exit code 2.
import { readFileSync } from "node:fs";
import path from "node:path";
import { EXIT_ERROR, EXIT_OK, InputError, UsageError } from "../result/errors";
import { auditCommand } from "./audit-command";
import { catalogCommand } from "./catalog-command";
import { demoCommand } from "./demo-command";
import { evaluateCommand } from "./evaluate-command";
import { gateCommand } from "./gate-command";
import { reportCommand } from "./report-command";
import { processIO, type Command, type CommandIO } from "./io";
import { packPathCommand } from "./pack-path-command";
import { profileCommand } from "./profile-command";
import { schemaCommand } from "./schema-command";
import { stacksCommand } from "./stacks-command";
import { toolsCommand } from "./tools-command";

const USAGE = `clausier-guard — Clausier conformité numérique (Club RSSI Santé 2025) for Pulumi stacks and vendors' code

Usage:
  clausier-guard demo                                   evaluate the bundled stacks and gate the bundled example app
  clausier-guard evaluate [DIR] --stack NAME [--profile FILE] [--policy-pack DIR] [--engine mocks|pulumi] [--format text|json|sarif] [--out FILE] [--lang fr|en]
  clausier-guard gate [DIR] [--base REF] [--profile FILE] [--format text|json|sarif|junit|markdown] [--out DIR] [--github]
  clausier-guard report [--gate FILE] [--evaluate FILE] [--format html|json] [--lang fr|en] [--out DIR]
  clausier-guard audit STATE.json [--profile FILE] [--policy-pack DIR] [--format text|json|sarif]
  clausier-guard profile compile|check|schema [--profile FILE] [--out FILE]
  clausier-guard catalog [--format text|json] [--lang fr|en]
  clausier-guard schema result                          the JSON Schema of the JSON output of gate and evaluate (what report reads)
  clausier-guard stacks [DIR] [--format text|json|github-matrix]   the repository's Pulumi stacks (one CI job each)
  clausier-guard pack-path                              the installed policy pack's folder (pulumi preview --policy-pack "$(clausier-guard pack-path)")
  clausier-guard tools install [semgrep|gitleaks|osv|pulumi]...   install the scanners from the package registries (cached)
  clausier-guard version

Exit codes: 0 compliant / pass, 1 blocked (mandatory violation), 2 error (bad input, crashed program or scanner).
`;

const commands: Record<string, Command> = {
  evaluate: evaluateCommand,
  profile: profileCommand,
  catalog: catalogCommand,
  demo: demoCommand,
  gate: gateCommand,
  report: reportCommand,
  audit: auditCommand,
  "pack-path": packPathCommand,
  tools: toolsCommand,
  stacks: stacksCommand,
  schema: schemaCommand,
};

export function version(): string {
  return (JSON.parse(readFileSync(path.join(__dirname, "../../package.json"), "utf8")) as { version: string }).version;
}

export async function run(argv: string[], io: CommandIO): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (!name || name === "help" || name === "--help" || name === "-h") {
      io.stdout(USAGE);
      return name ? EXIT_OK : EXIT_ERROR;
    }
    if (name === "version" || name === "--version") {
      io.stdout(`clausier-guard ${version()}\n`);
      return EXIT_OK;
    }
    const command = commands[name];
    if (!command) throw new UsageError(`unknown command '${name}' (try: clausier-guard help)`);
    return await command(rest, io);
  } catch (e) {
    if (e instanceof UsageError || e instanceof InputError) {
      io.stderr(`clausier-guard: ${e.message}\n`);
    } else {
      const err = e as Error;
      io.stderr(`clausier-guard: internal error: ${err?.message ?? String(e)}\n`);
      if (io.env.CLAUSIER_DEBUG) io.stderr(`${err?.stack ?? ""}\n`);
    }
    return EXIT_ERROR;
  }
}

export async function main(): Promise<void> {
  process.exitCode = await run(process.argv.slice(2), processIO());
}
