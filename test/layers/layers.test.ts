// Layers that show (README "Layout"): no import points up a layer, checked by dependency-cruiser
// with the repository's own configuration (.dependency-cruiser.cjs).
import { execFileSync } from "node:child_process";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(__dirname, "../..");
const CONFIG = join(ROOT, ".dependency-cruiser.cjs");
const DEPCRUISE = join(ROOT, "node_modules/dependency-cruiser/bin/dependency-cruiser.mjs");

interface Violation { rule: { name: string }; from: string; to: string }

function cruise(cwd: string, dirs: string[]): { violations: Violation[]; modules: number } {
  // --output-type json exits 0 with the violations in the summary; the test reads them.
  const out = execFileSync(process.execPath, [DEPCRUISE, "--config", CONFIG, "--output-type", "json", ...dirs], { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const json = JSON.parse(out) as { summary: { violations: Violation[]; totalCruised: number } };
  return { violations: json.summary.violations, modules: json.summary.totalCruised };
}

describe("layers", () => {
  it("no import points up a layer in ci/, policies/ and scanners/", () => {
    const r = cruise(ROOT, ["ci", "policies", "scanners"]);
    expect(r.modules).toBeGreaterThan(300);
    expect(r.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual([]);
  }, 120_000);
  it("flags a rule that imports a command, and lets it import the model", () => {
    const r = cruise(join(ROOT, "test/fixtures/layers"), ["ci", "scanners"]);
    expect(r.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual(["rules-import-ci: scanners/detector.ts → ci/cli/command.ts"]);
  }, 120_000);
});
