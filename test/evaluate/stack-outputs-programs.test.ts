// Stack outputs exporting secrets in clear: found by `evaluate` (the simulation computes the
// outputs and knows which were marked secret); pulumi.secret() outputs pass; no value is printed.
// The real engine hands the root stack's outputs to stack policies the same way: the parity test
// (test/engine/parity.test.ts) covers it on stacks/aws-containers (prod-planted).
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateJson, PROGRAMS } from "./cli-helpers";

const DIR = path.join(PROGRAMS, "stack-outputs");
const POLICY = "stack-outputs-no-plaintext-secrets";
interface V { rule: string; enforcementLevel: string; message: { fr: string; en: string }; resource: unknown }

function outputFindings(json: { findings: V[] }): string[] {
  return json.findings.filter((v) => v.rule === POLICY).map((v) => /output `([^`]+)`/.exec(v.message.en)?.[1] ?? v.message.en).sort();
}

describe("stack outputs that export secrets", () => {
  it("evaluate (simulation) flags the plaintext kubeconfig and connection string, not the pulumi.secret() ones nor a provider's secret output", async () => {
    const r = await evaluateJson(DIR, "dev", ["--now", "2026-11-29"]);
    expect(r.stderr).toBe("");
    expect(outputFindings(r.json)).toEqual(["adminKubeconfig", "databaseUrl"]);
    for (const v of (r.json.findings as V[]).filter((x) => x.rule === POLICY)) {
      expect(v.enforcementLevel).toBe("mandatory");
      expect(v.resource).toBeNull();
    }
    expect(r.stdout).not.toContain("kube-token-not-real");
    expect(r.stdout).not.toContain("db-password-not-real");
  });

  it("evaluate --preview cannot see the computed connection string: it is not marked secret and not verified, so only the known kubeconfig is flagged", async () => {
    const r = await evaluateJson(DIR, "dev", ["--now", "2026-11-29", "--preview"]);
    expect(outputFindings(r.json)).toEqual(["adminKubeconfig"]);
  });

  it.each([["simulation", []], ["preview", ["--preview"]]])("an output the registration lists in additionalSecretOutputs is secret, as the engine makes it (%s)", async (_view, extra) => {
    const r = await evaluateJson(DIR, "dev", ["--now", "2026-11-29", ...(extra as string[])]);
    expect(r.json.evaluation.errors).toEqual([]);
    expect(outputFindings(r.json)).not.toContain("deployerSecretAccessKey");
  });
});
