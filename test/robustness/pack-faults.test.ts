// Fault injection for `clausier-guard evaluate` and the policy pack it talks to over the analyzer
// gRPC protocol: a pack that never prints its port, prints a dead port, hangs in Analyze (and even
// ignores SIGTERM), dies mid-analysis, has a broken package.json or no PulumiPolicy.yaml; and
// profiles that are not valid. Every case: exit 2, a message naming the input, no stack trace, no
// hang. (A program that throws and a pack that fails to start are in test/evaluate/programs.test.ts.)
//
// Timeouts: AnalyzerSession's start (60 s) and per-call (120 s) limits are shortened here through
// CLAUSIER_PACK_START_TIMEOUT_SECONDS and CLAUSIER_PACK_CALL_TIMEOUT_SECONDS (proposed; see the
// report of the "Fast and unbreakable" robustness work).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { AnalyzerSession } from "../../ci/evaluate/analyzer-client";
import { alive, bin, cleanup, cli, FIXTURES, ROOT, STACK_TRACE, tmp, waitUntil, withEnv } from "./helpers";

const PROGRAM = join(ROOT, "test/fixtures/programs/cjs-program");
const PACKS = join(FIXTURES, "packs");
const pack = (name: string) => join(PACKS, name);
/** Per-call limit for the tests; the start limit keeps its default except where a test sets it. */
const SHORT = { CLAUSIER_PACK_CALL_TIMEOUT_SECONDS: "5" };

afterAll(cleanup);

/** evaluate in-process, failing the test (instead of waiting minutes) if it outlives `limitMs`. */
async function evaluate(args: string[], env: Record<string, string | undefined> = {}, limitMs = 20_000) {
  return withEnv({ ...SHORT, ...env }, async () => {
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`evaluate still running after ${limitMs / 1000} s: the pack timeouts were not applied`)), limitMs);
    });
    try {
      return await Promise.race([cli(["evaluate", PROGRAM, "--stack", "dev", ...args]), limit]);
    } finally {
      clearTimeout(timer);
    }
  });
}

function expectCleanError(r: { code: number; stdout: string; stderr: string }, ...parts: (string | RegExp)[]): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr).toMatch(/^clausier-guard: /);
  expect(r.stderr).not.toMatch(/internal error/);
  expect(r.stderr).not.toMatch(STACK_TRACE);
  for (const p of parts) {
    if (typeof p === "string") expect(r.stderr).toContain(p);
    else expect(r.stderr).toMatch(p);
  }
}

describe("evaluate: a pack that misbehaves", () => {
  it("starts but never prints its port: exit 2 once the start timeout has passed", async () => {
    const r = await evaluate(["--policy-pack", pack("silent-pack")], { CLAUSIER_PACK_START_TIMEOUT_SECONDS: "3" });
    expectCleanError(r, `policy pack ${pack("silent-pack")}: did not start within 3 s`);
  });

  it("prints a port on which nothing listens: exit 2 at the first call, naming the pack", async () => {
    const r = await evaluate(["--policy-pack", pack("wrong-port-pack")]);
    expectCleanError(r, /getAnalyzerInfo failed/, pack("wrong-port-pack"));
  });

  it("hangs in Analyze: exit 2 once the call timeout has passed, naming the pack and the call", async () => {
    const pidFile = join(tmp("pid"), "pid");
    const r = await evaluate(["--policy-pack", pack("hang-pack")], { CLAUSIER_TEST_PID_FILE: pidFile });
    expectCleanError(r, /analyze did not answer within 5 s/, pack("hang-pack"));
    const pid = Number(readFileSync(pidFile, "utf8"));
    expect(await waitUntil(() => !alive(pid), 5000), `pack ${pid} still running after evaluate returned`).toBe(true);
  });

  it("crashes in the middle of the analysis: exit 2, naming the pack, with the pack's last words", async () => {
    const r = await evaluate(["--policy-pack", pack("crash-pack")]);
    expectCleanError(r, /analyze failed/, "crash-pack: giving up in the middle of Analyze", pack("crash-pack"));
  });

  it("through the real executable: a pack hung in Analyze that ignores SIGTERM does not keep the CLI (or itself) alive", async () => {
    const pidFile = join(tmp("pid"), "pid");
    const r = await bin(["evaluate", PROGRAM, "--stack", "dev", "--policy-pack", pack("hang-pack")], {
      env: { ...process.env, ...SHORT, CLAUSIER_TEST_PID_FILE: pidFile, CLAUSIER_TEST_IGNORE_SIGTERM: "1" },
      limitMs: 30_000,
    });
    expect(r.hung, `the CLI did not exit within 30 s (stderr: ${r.stderr})`).toBe(false);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/analyze did not answer within 5 s/);
    const pid = Number(readFileSync(pidFile, "utf8"));
    expect(await waitUntil(() => !alive(pid), 5000), `pack ${pid} survived the CLI`).toBe(true);
  }, 60_000);
});

describe("evaluate: a --policy-pack folder that is not a pack", () => {
  it("has no PulumiPolicy.yaml: exit 2 naming the folder", async () => {
    const r = await evaluate(["--policy-pack", pack("no-policy-yaml")]);
    expectCleanError(r, `policy pack ${pack("no-policy-yaml")}: no PulumiPolicy.yaml`);
  });

  it("does not exist: exit 2 naming the folder", async () => {
    await expect(AnalyzerSession.start(join(PACKS, "nope"))).rejects.toThrow(`policy pack ${join(PACKS, "nope")}: no PulumiPolicy.yaml`);
  });

  it("has no entry point: refused with the entry points it looked for", async () => {
    await expect(AnalyzerSession.start(pack("no-entry-pack"))).rejects.toThrow(/no-entry-pack: no entry point \(package\.json main, index\.ts or index\.js\)/);
  });

  it("has a package.json that is not JSON: an input error naming the file, not an internal error", async () => {
    const e = await AnalyzerSession.start(pack("bad-package-json")).then(() => undefined, (x: Error) => x);
    expect(e?.name).toBe("InputError");
    expect(e?.message).toContain(join(pack("bad-package-json"), "package.json"));
  });
});

describe("evaluate: a malformed profile is refused before anything runs", () => {
  const dir = tmp("profiles");
  const cases: [string, string, RegExp][] = [
    ["a YAML syntax error (file and line)", "gate:\n  blockAt: high\n  timeoutSeconds: [1, 2\nwaivers: []\n", /syntax\.yaml:\d+: invalid YAML/],
    ["a tab-indented YAML", "gate:\n\tblockAt: high\n", /tabs\.yaml(:\d+)?: invalid YAML/],
    ["a list instead of a map", "- gate\n- waivers\n", /list\.yaml: must be a YAML map of settings/],
    ["a scalar instead of a map", "just a sentence\n", /scalar\.yaml: must be a YAML map of settings/],
    ["a number where a severity is expected", "gate:\n  blockAt: 5\n", /number\.yaml.*gate\.blockAt/s],
    ["a string where a list is expected", "approvers: rssi@chu.example\n", /string-list\.yaml.*approvers/s],
    ["a map where a list is expected", "waivers: { id: D1 }\n", /map-list\.yaml.*waivers/s],
    ["a timeout out of range", "gate:\n  timeoutSeconds: -1\n", /range\.yaml.*gate\.timeoutSeconds/s],
    ["an unknown nested key", "gate:\n  blokAt: high\n", /nested\.yaml.*gate\.blokAt: unknown key/s],
    ["binary garbage", "\u0000\u0001\u0002\u00ff\u00fe", /garbage\.yaml/],
  ];
  const files: Record<string, string> = {
    "a YAML syntax error (file and line)": "syntax.yaml", "a tab-indented YAML": "tabs.yaml", "a list instead of a map": "list.yaml",
    "a scalar instead of a map": "scalar.yaml", "a number where a severity is expected": "number.yaml", "a string where a list is expected": "string-list.yaml",
    "a map where a list is expected": "map-list.yaml", "a timeout out of range": "range.yaml", "an unknown nested key": "nested.yaml", "binary garbage": "garbage.yaml",
  };
  for (const [name, text, message] of cases) {
    it(name, async () => {
      const f = join(dir, files[name]!);
      writeFileSync(f, text);
      const r = await evaluate(["--profile", f], {}, 10_000);
      expectCleanError(r, message, f);
    });
  }

  it("a folder given as the profile: cannot be read, naming it", async () => {
    const d = join(dir, "folder.yaml");
    mkdirSync(d, { recursive: true });
    expectCleanError(await evaluate(["--profile", d], {}, 10_000), `profile ${d}: cannot be read (EISDIR)`);
  });

  it("a relative --profile is read from the command's working directory (like gate --profile)", async () => {
    const cwd = tmp("cwd");
    writeFileSync(join(cwd, "clausier.yaml"), "gate:\n  blockAt: 5\n");
    const r = await withEnv(SHORT, () => cli(["evaluate", PROGRAM, "--stack", "dev", "--profile", "clausier.yaml"], cwd));
    // The file exists in the working directory: its content is what is wrong, not its path.
    expectCleanError(r, /clausier\.yaml.*gate\.blockAt/s);
    expect(r.stderr).not.toMatch(/cannot be read/);
  });
});
