// A program whose outputs hold undefined (an optional field read through `apply`, objects and lists
// with holes) is evaluated like any other: protobuf's Struct refuses undefined, and evaluate used to
// stop with "internal error: Unexpected struct type" (pulumi/examples azure-ts-aci, azure-ts-webserver).
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cli, evaluateJson, PROGRAMS } from "./cli-helpers";

const DIR = path.join(PROGRAMS, "undefined-outputs");

describe("outputs that hold undefined", () => {
  it.each([["simulation", []], ["preview", ["--preview"]]])("are sent to the pack as JSON would send them (%s)", async (_view, extra) => {
    const r = await evaluateJson(DIR, "dev", ["--now", "2026-11-29", ...(extra as string[])]);
    expect(r.stderr).toBe("");
    expect(r.code).not.toBe(2);
    expect(r.json.evaluation.resources).toBeGreaterThan(0);
    expect(r.json.evaluation.errors).toEqual([]);
  });
});

describe("a callback on a value the simulation does not predict", () => {
  it("is evaluated as a first preview, with a warning that names the failure, and still blocks", async () => {
    const r = await evaluateJson(path.join(PROGRAMS, "simulation-gap"), "dev", ["--now", "2026-11-29"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    expect(r.json.evaluation.view).toBe("preview");
    expect(r.json.evaluation.warnings.map((w: { en: string }) => w.en)).toEqual([
      expect.stringMatching(/^the deployment simulation stopped \(TypeError: .*'length'.*index\.ts:\d+.*\): evaluated as a first preview/),
    ]);
    const blocking = r.json.findings.filter((f: { enforcementLevel: string }) => f.enforcementLevel === "mandatory");
    expect(blocking.map((f: { rule: string; view: string }) => [f.rule, f.view])).toContainEqual(["aws-s3-no-public-access", "preview"]);
  });

  it("is still an error (exit 2) when the program fails in the preview too", async () => {
    const r = await cli(["evaluate", path.join(PROGRAMS, "throws"), "--stack", "dev", "--format", "json"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/throws \(stack dev\) failed: .*mustBeSet/);
  });
});
