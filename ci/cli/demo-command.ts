// clausier-guard demo: the main job on the embedded defaults — every bundled reference stack
// evaluated with the pack (and the example hospital profile), then the gate on the bundled
// example vendor application (test/fixtures/vendor-app). Exits 0 when everything ran (findings are the point of the demo), 2 on error.
import path from "node:path";
import { evaluate } from "../evaluate/evaluate";
import { isBlocking } from "../result/model";
import { findStacks, type StackRef } from "../evaluate/stacks";
import { gateCommand } from "./gate-command";
import { renderEvaluateText } from "../evaluate/text-report";
import { oneOf, parseCommandArgs } from "./args";
import { EXIT_ERROR, EXIT_OK, InputError } from "../result/errors";
import type { Command } from "./io";
import { loadProfileFile } from "./profile-file";

const ROOT = path.resolve(__dirname, "../..");
export const STACKS_DIR = path.join(ROOT, "stacks");
export const DEMO_PROFILE = path.join(STACKS_DIR, "hospital-profile.yaml");

/** Every (program dir, stack) pair under stacks/: one per Pulumi.<stack>.yaml. */
export function bundledStacks(): StackRef[] {
  return findStacks(STACKS_DIR, 1).stacks;
}

export const demoCommand: Command = async (argv, io) => {
  const { values } = parseCommandArgs("demo", argv, { lang: { type: "string" } }, 0);
  const lang = oneOf("demo", "lang", values.lang, ["fr", "en"] as const, "fr");
  const profile = loadProfileFile(DEMO_PROFILE);
  let errors = 0;
  const summary: string[] = [];
  for (const { dir, stack } of bundledStacks()) {
    const name = `${path.relative(ROOT, dir)} (${stack})`;
    io.stdout(`\n=== evaluate ${name}\n`);
    try {
      const r = await evaluate({ dir, stack, profile });
      io.stdout(renderEvaluateText(r, lang));
      summary.push(`${name}: ${r.evaluation.resources} resources, ${r.findings.length} findings, ${r.findings.filter(isBlocking).length} blocking`);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      errors++;
      io.stderr(`clausier-guard: ${e.message}\n`);
      summary.push(`${name}: ERROR`);
    }
  }
  const app = path.join(ROOT, "test/fixtures/vendor-app");
  io.stdout(`\n=== gate ${path.relative(ROOT, app)}\n`);
  const code = await gateCommand([app, "--profile", DEMO_PROFILE, "--lang", lang], io);
  if (code === EXIT_ERROR) errors++;
  summary.push(`gate ${path.relative(ROOT, app)}: ${["pass", "blocked", "error"][code] ?? code}`);
  io.stdout(`\n=== summary\n${summary.map((s) => `  ${s}`).join("\n")}\n`);
  return errors ? EXIT_ERROR : EXIT_OK;
};
