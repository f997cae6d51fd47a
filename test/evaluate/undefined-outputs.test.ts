// A program whose outputs hold undefined (an optional field read through `apply`, objects and lists
// with holes) is evaluated like any other: protobuf's Struct refuses undefined, and evaluate used to
// stop with "internal error: Unexpected struct type" (pulumi/examples azure-ts-aci, azure-ts-webserver).
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateJson, PROGRAMS } from "./cli-helpers";

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
