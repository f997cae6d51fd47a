// The shared tool runner: output cap, tool lookup order, reasons.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseToolJson, pinnedVersion, resolveTool, runFailure, runTool } from "../../../ci/gate/scanners/process";
import { cleanup, fakeTool, tmp } from "./helpers";
import { mkdirSync, writeFileSync, chmodSync } from "node:fs";

afterAll(cleanup);
const LOOKUP = { name: "faketool", envVar: "CLAUSIER_FAKETOOL", versionKey: "SEMGREP_VERSION", cachePrefix: "faketool" };

describe("runTool", () => {
  it("kills a tool whose output exceeds the cap", async () => {
    const bin = fakeTool("noisy", "yes clausier");
    const run = await runTool({ tool: "noisy", command: bin, args: [], maxStdoutBytes: 10_000, timeoutMs: 10_000 });
    expect(run.failure?.kind).toBe("output-too-large");
    expect(runFailure(run, [0])).toMatch(/noisy produced more than 10000 bytes/);
  });

  it("captures stdout, exit code and the last stderr line", async () => {
    const bin = fakeTool("talky", 'echo out; echo "first" >&2; echo "\\033[31mlast line\\033[0m" >&2; exit 5');
    const run = await runTool({ tool: "talky", command: bin, args: [] });
    expect(run.stdout).toBe("out\n");
    expect(run.exitCode).toBe(5);
    expect(runFailure(run, [0])).toBe("talky exited with code 5: last line");
    expect(runFailure(run, [0, 5])).toBeUndefined();
  });

  it("does not start when the signal is already aborted", async () => {
    const ac = new AbortController();
    ac.abort();
    const run = await runTool({ tool: "x", command: "/bin/true", args: [], signal: ac.signal });
    expect(run.failure?.kind).toBe("aborted");
  });

  it("parseToolJson never turns garbage into an empty result", () => {
    expect(parseToolJson("t", "")).toEqual({ ok: false, reason: "t printed no JSON report" });
    expect(parseToolJson("t", "{").ok).toBe(false);
    expect(parseToolJson("t", '{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });
});

describe("resolveTool", () => {
  it("prefers the override, then PATH, then the bootstrap cache", () => {
    const cache = tmp("cache");
    const version = pinnedVersion("SEMGREP_VERSION");
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    const cached = join(cache, `faketool-${version}`, "bin", "faketool");
    mkdirSync(join(cache, `faketool-${version}`, "bin"), { recursive: true });
    writeFileSync(cached, "#!/bin/sh\n");
    chmodSync(cached, 0o755);
    const onPath = fakeTool("faketool", "exit 0");
    const pathDir = join(onPath, "..");
    expect(resolveTool(LOOKUP, { PATH: "/nonexistent", CLAUSIER_GUARD_CACHE: cache })).toBe(cached);
    expect(resolveTool(LOOKUP, { PATH: pathDir, CLAUSIER_GUARD_CACHE: cache })).toBe(onPath);
    expect(resolveTool(LOOKUP, { PATH: pathDir, CLAUSIER_GUARD_CACHE: cache, CLAUSIER_FAKETOOL: "/opt/x" })).toBe("/opt/x");
    expect(resolveTool(LOOKUP, { PATH: "/nonexistent", CLAUSIER_GUARD_CACHE: tmp("empty") })).toBe("faketool");
  });
});
