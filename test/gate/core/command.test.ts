import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError, UsageError } from "../../../ci/result/errors";
import type { CommandIO } from "../../../ci/cli/io";
import { makeGateCommand } from "../../../ci/cli/gate-command";
import type { Scanner } from "../../../ci/gate/types";
import { commitAll, fakeScanner, finding, gitRepo, NOW, sh, tempDir, write } from "./helpers";

function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CommandIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd, env: {} };
  return { io: value, out: () => out.join(""), err: () => err.join("") };
}

const cmd = (scanners: Scanner[]) => makeGateCommand({ scanners: () => scanners, now: () => NOW });

describe("clausier-guard gate", () => {
  it("exits 0 on a pass and prints text in French by default", async () => {
    const root = gitRepo({ "a.ts": "a" });
    const c = io(root);
    expect(await cmd([fakeScanner("s")])([], c.io)).toBe(0);
    expect(c.out()).toContain("Verdict : CONFORME");
  });

  it("exits 1 when blocked and 2 when a scanner failed", async () => {
    const root = gitRepo({ "src/app.ts": "a" });
    expect(await cmd([fakeScanner("s", [finding()])])([root], io("/").io)).toBe(1);
    expect(await cmd([fakeScanner("s", [finding()]), fakeScanner("t", [], { status: "failed", reason: "x" })])([root], io("/").io)).toBe(2);
  });

  it("prints the chosen format on stdout and a summary on stderr", async () => {
    const root = gitRepo({ "a.ts": "a" });
    for (const [format, check] of [
      ["json", (s: string) => JSON.parse(s).verdict === "blocked"],
      ["sarif", (s: string) => JSON.parse(s).version === "2.1.0"],
      ["junit", (s: string) => s.startsWith("<?xml")],
      ["markdown", (s: string) => s.startsWith("## ⛔")],
      ["text", (s: string) => s.includes("BLOCKED")],
    ] as const) {
      const c = io(root);
      await cmd([fakeScanner("s", [finding()])])(["--format", format, "--lang", "en"], c.io);
      expect(check(c.out()), format).toBe(true);
      if (format !== "text") expect(c.err()).toBe("clausier-guard gate: BLOCKED — 1 blocking finding\n");
    }
  });

  it("writes every format with --out (and the GitLab SAST report)", async () => {
    const root = gitRepo({ "a.ts": "a" });
    const out = join(tempDir(), "reports");
    await cmd([fakeScanner("s", [finding()])])([root, "--out", out, "--format", "json"], io("/").io);
    // No package.json in the scanned repository: the SBOM is a "not evaluated" note (test/report/sbom.test.ts).
    expect(readdirSync(out).sort()).toEqual(["gate.gitlab-sast.json", "gate.json", "gate.junit.xml", "gate.md", "gate.sarif", "gate.txt", "sbom-not-evaluated.txt"]);
    expect(JSON.parse(readFileSync(join(out, "gate.json"), "utf8")).verdict).toBe("blocked");
  });

  it("rejects unknown options and bad values as usage errors", async () => {
    const root = gitRepo({ "a.ts": "a" });
    await expect(cmd([])(["--bogus"], io(root).io)).rejects.toThrow(UsageError);
    await expect(cmd([])(["--format", "html"], io(root).io)).rejects.toThrow(/--format must be one of text, json, sarif, junit, markdown/);
    await expect(cmd([])(["--lang", "de"], io(root).io)).rejects.toThrow(UsageError);
    await expect(cmd([])(["--timeout", "0"], io(root).io)).rejects.toThrow(/--timeout/);
    await expect(cmd([])(["a", "b"], io(root).io)).rejects.toThrow(/unexpected argument 'b'/);
  });

  it("rejects a DIR that does not exist or is a file", async () => {
    const root = tempDir();
    write(root, { f: "x" });
    await expect(cmd([])(["missing"], io(root).io)).rejects.toThrow(new InputError("gate: missing: no such directory"));
    await expect(cmd([])(["f"], io(root).io)).rejects.toThrow(/not a directory/);
  });

  it("loads the profile: missing file and YAML errors are input errors naming the file and line", async () => {
    const root = gitRepo({ "a.ts": "a" });
    await expect(cmd([])(["--profile", "nope.yaml"], io(root).io)).rejects.toThrow(/profile .*nope\.yaml: cannot be read/);
    writeFileSync(join(root, "bad.yaml"), "gate:\n  blockAt: high\n   oops: [\n");
    const e = await cmd([])(["--profile", "bad.yaml"], io(root).io).catch((x) => x);
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toMatch(/bad\.yaml:\d+: invalid YAML/);
    writeFileSync(join(root, "wrong.yaml"), "gate:\n  blockAt: urgent\n");
    await expect(cmd([])(["--profile", "wrong.yaml"], io(root).io)).rejects.toThrow(/wrong\.yaml/);
  });

  it("applies the profile's blockAt and waivers", async () => {
    const root = gitRepo({ "src/app.ts": "a" });
    writeFileSync(join(root, "clausier.yaml"), [
      "approvers: [rssi@chu.example]",
      "gate: { blockAt: critical }",
      "waivers:",
      "  - { id: D1, policies: [nothing-*], files: ['x/*'], reason: r, cctpReference: C, approvedBy: rssi@chu.example, expires: '2020-01-01' }",
    ].join("\n"));
    const c = io(root);
    expect(await cmd([fakeScanner("s", [finding()])])(["--profile", "clausier.yaml", "--format", "json"], c.io)).toBe(0);
    const hygiene = JSON.parse(c.out()).findings.find((x: { rule: string }) => x.rule === "clausier-derogations-hygiene");
    expect(hygiene.file).toBe("clausier.yaml");
  });

  it("--timeout overrides the profile", async () => {
    const root = gitRepo({ "a.ts": "a" });
    const never: Scanner = { name: "never", run: () => new Promise(() => undefined) };
    const c = io(root);
    expect(await cmd([never])(["--timeout", "1", "--format", "json"], c.io)).toBe(2);
    expect(JSON.parse(c.out()).scanners[0].reason).toMatch(/timed out after 1 s/);
  });

  it("only --exclude and the profile's gate.exclude apply, and each excluded path is listed", async () => {
    const root = gitRepo({ "a.ts": "a", "docs/b.md": "b", "node_modules/x.js": "x", "testdata/k.ts": "k", "p.yaml": "gate:\n  exclude: ['*.md']\n" });
    const s = fakeScanner("s");
    const c = io(root);
    await cmd([s])(["--exclude", "docs/", "--profile", "p.yaml", "--format", "json"], c.io);
    // A tracked node_modules or testdata folder is the vendor's code: scanned.
    expect(s.inputs[0].files).toEqual(["a.ts", "node_modules/x.js", "p.yaml", "testdata/k.ts"]);
    const excluded = JSON.parse(c.out()).findings.filter((f: { rule: string }) => f.rule === "clausier-gate-file-excluded");
    expect(excluded.map((f: { file: string }) => f.file)).toEqual(["docs/b.md"]);
  });

  it("--base on a shallow clone without the base: input error suggesting fetch-depth: 0", async () => {
    const origin = gitRepo({ "a.ts": "a" });
    write(origin, { "a.ts": "b" });
    commitAll(origin);
    const dir = tempDir();
    sh(dir, "clone", "-q", "--depth", "1", `file://${origin}`, "c");
    const e = await cmd([])(["c", "--base", "HEAD~1"], io(dir).io).catch((x) => x);
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toMatch(/--base HEAD~1: no such commit .*shallow.*fetch-depth: 0/s);
  });

  it("--base reports only the changed file", async () => {
    const root = gitRepo({ "a.ts": "a\n", "b.ts": "b\n" });
    sh(root, "checkout", "-q", "-b", "pr");
    write(root, { "b.ts": "b\nnew\n" });
    commitAll(root);
    const s = fakeScanner("s", [finding({ file: "a.ts", line: 1 }), finding({ file: "b.ts", line: 2 })]);
    const c = io(root);
    expect(await cmd([s])(["--base", "main", "--format", "json"], c.io)).toBe(1);
    const json = JSON.parse(c.out());
    expect(json.findings.map((x: { file: string }) => x.file)).toEqual(["b.ts"]);
    expect(json.base).toBe("main");
    expect(existsSync(join(root, "gate.json"))).toBe(false);
  });
});
