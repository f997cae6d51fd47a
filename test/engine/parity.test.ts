// The default engine (mocks + analyzer protocol) and the real Pulumi engine (CLI + language host +
// stand-in providers) return the same findings on every reference stack, in the same view: the
// mocks engine's first preview (--preview) against the real `pulumi preview`. The default
// simulation may differ on purpose: it predicts providers' outputs, so it sees computed values a
// first preview leaves unknown.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bundledStacks, DEMO_PROFILE } from "../../ci/cli/demo-command";
import { pulumiToolsAvailable } from "../../ci/engine/pulumi-cli";
import { evaluateJson } from "../evaluate/cli-helpers";

const available = pulumiToolsAvailable();
const allowMissing = process.env.CLAUSIER_ALLOW_MISSING_TOOLS === "1";

interface V { rule: string; enforcementLevel: string; message: { fr: string; en: string }; resource: { urn: string } | null }

function normalise(json: { findings: V[] }): string[] {
  return [...new Set(json.findings.map((v) => JSON.stringify([v.rule, v.resource?.urn ?? null, v.enforcementLevel, v.message])))].sort();
}

describe.skipIf(!available && allowMissing)("both engines agree", () => {
  it("has the Pulumi CLI and language host (scripts/bootstrap.sh pulumi)", () => expect(available).toBe(true));
  for (const { dir, stack } of bundledStacks()) {
    it(`${path.basename(dir)} (${stack})`, async () => {
      const args = ["--profile", DEMO_PROFILE, "--now", "2026-11-29"];
      const mocks = await evaluateJson(dir, stack, [...args, "--preview"]);
      const real = await evaluateJson(dir, stack, [...args, "--engine", "pulumi"]);
      expect(mocks.stderr).toBe("");
      expect(real.stderr).toBe("");
      expect(real.code).toBe(mocks.code);
      expect(real.json.resources).toBe(mocks.json.resources);
      expect(normalise(real.json)).toEqual(normalise(mocks.json));
    }, 240_000);
  }
});
