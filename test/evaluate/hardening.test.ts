// The evaluator runs vendor code: late registrations are waited for, outputs are redacted, the
// program runs confined, --stack cannot name a path, and what went wrong is reported precisely.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cli, evaluateJson, PROGRAMS, ROOT } from "./cli-helpers";

interface V { rule: string; resource: { name: string } | null; message: { fr: string; en: string } }

describe("late registrations (issue 11, case 10)", () => {
  it("waits for resources registered in timers, after awaited delays and at beforeExit, as the language host does", async () => {
    const r = await evaluateJson(path.join(PROGRAMS, "late-registrations"), "dev");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    const open = (r.json.findings as V[]).filter((v) => v.rule === "aws-sg-no-open-admin-ports").map((v) => v.resource?.name).sort();
    expect(open).toEqual(["at-exit", "late-await", "late-timer"]);
  });
});

describe("redaction of every output (case 11)", () => {
  const dir = path.join(PROGRAMS, "leaky-tags");
  const SECRETS = ["Marked-Secret-Value-77", "Plain-Config-Secret-4242", "AKIAIOSFODNN7EXAMPLE", "Env-Token-Value-123456"];
  process.env.CG_TEST_API_TOKEN = "Env-Token-Value-123456";
  afterAll(() => { delete process.env.CG_TEST_API_TOKEN; });

  for (const format of ["json", "text", "sarif"]) {
    it(`${format}: no value marked secret, secret config, environment secret or AWS key`, async () => {
      const r = await cli(["evaluate", dir, "--stack", "dev", "--format", format, "--lang", "en"]);
      expect(r.stderr).toBe("");
      // The mixed-environment finding quotes the tags: proof the values reached an output.
      expect(r.stdout).toContain("mixes several environments");
      // Policies may quote a value lower-cased (tag comparisons): no case of it may remain.
      for (const s of SECRETS) expect(r.stdout.toLowerCase()).not.toContain(s.toLowerCase());
      expect(r.stdout).toContain("[REDACTED]");
    });
  }
});

describe("the program runs confined (case 12)", () => {
  const work = mkdtempSync(path.join(os.tmpdir(), "cg-hostile-"));
  const dir = path.join(work, "hostile");
  cpSync(path.join(PROGRAMS, "hostile"), dir, { recursive: true });
  symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"));
  const outside = "/tmp/clausier-hostile-outside.txt";
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("gets no inherited environment, cannot write outside its folder, start processes or speak for the runner", async () => {
    rmSync(outside, { force: true });
    process.env.CG_TEST_CLOUD_SECRET = "should-not-be-seen";
    try {
      const r = await evaluateJson(dir, "dev");
      expect(r.stderr).toBe("");
      expect(r.code).toBe(1);
      expect((r.json.findings as V[]).some((v) => v.resource?.name === "ssh-open")).toBe(true);
    } finally {
      delete process.env.CG_TEST_CLOUD_SECRET;
    }
    const seen = JSON.parse(readFileSync(path.join(dir, "observed.json"), "utf8"));
    expect(seen.envKeys).toEqual(["HOME", "LANG", "NODE_OPTIONS", "PATH", "PULUMI_NODEJS_PROJECT", "PULUMI_NODEJS_STACK", "PULUMI_TEST_MODE", "TMPDIR"]);
    expect(seen.home).not.toBe(os.homedir());
    expect(existsSync(seen.home)).toBe(false); // the throw-away HOME is gone
    expect(seen.wroteOutside).toBe("ERR_ACCESS_DENIED");
    expect(existsSync(outside)).toBe(false);
    expect(seen.spawned).toBe("ERR_ACCESS_DENIED");
    expect(seen.sendType).toBe("undefined");
  });
});

describe("--stack is a stack name, not a path (case 13)", () => {
  for (const stack of ["../../x", "a/b", "..", "dev\u0000"]) {
    it(`rejects ${JSON.stringify(stack)} naming the option`, async () => {
      const r = await cli(["evaluate", path.join(PROGRAMS, "cjs-program"), "--stack", stack]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^clausier-guard: evaluate: --stack: /);
      expect(r.stdout).toBe("");
    });
  }
});

describe("what went wrong, precisely (cases 16 and 17)", () => {
  it("reports the program's own TypeScript line for a thrown error", async () => {
    const r = await cli(["evaluate", path.join(PROGRAMS, "throws"), "--stack", "dev"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("in index.ts:3:5");
  });

  for (const format of ["text", "json", "sarif"]) {
    it(`${format}: a program with 0 resources gets a visible warning`, async () => {
      const r = await cli(["evaluate", path.join(PROGRAMS, "empty-program"), "--stack", "dev", "--format", format, "--lang", "en"]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("the program registered no resource: nothing was checked");
      if (format === "sarif") {
        const n = JSON.parse(r.stdout).runs[0].invocations[0].toolExecutionNotifications;
        expect(n).toContainEqual({ level: "warning", message: { text: "the program registered no resource: nothing was checked" } });
      }
    });
  }
});
