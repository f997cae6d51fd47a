// Fault injection for `clausier-guard gate`, end to end (run(["gate", …]) and the real bin): the
// adapters' own failure modes are unit-tested in test/gate/scanners/; here every one of them must
// reach the user as exit 2 with a message naming the scanner — never 0, never a stack trace, never
// a hang. Then repositories of unusual shapes: binary files, symlink loops, a FIFO, a 400 MB sparse
// file, non-UTF-8 names, a shallow clone without the base commit.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gitleaksTool, semgrepTool } from "../gate/scanners/tools";
import { alive, bin, cleanup, cli, fakeTool, git, GITLEAKS_FINDS_CANARY, gitRepo, pathWithoutScanners, SEMGREP_FINDS_CANARY, STACK_TRACE, tmp, waitUntil, withEnv, write } from "./helpers";

const SG_VERSION = `if [ "$1" = "--version" ]; then echo 1.185.0; exit 0; fi`;
const GL_VERSION = `if [ "$1" = "version" ]; then echo v8.30.1; exit 0; fi`;

interface GateJson {
  verdict: string;
  exitCode: number;
  findings: { rule: string; file?: string; scanner?: string; severity: string; message: { fr: string; en: string } }[];
  scanners: { name: string; status: string; reason?: string }[];
}

let okSemgrep: string;
let okGitleaks: string;
let repo: string;

beforeAll(() => {
  okSemgrep = fakeTool("semgrep", `${SG_VERSION}\n${SEMGREP_FINDS_CANARY}`);
  okGitleaks = fakeTool("gitleaks", `${GL_VERSION}\n${GITLEAKS_FINDS_CANARY}`);
  repo = gitRepo({ "src/a.ts": "export const a = 1;\n", "README.md": "# app\n" });
});
afterAll(cleanup);

/** The gate in-process with the two tool overrides; JSON on stdout, English summary on stderr. */
async function gate(tools: { semgrep?: string; gitleaks?: string }, args: string[] = [], dir = repo) {
  const r = await withEnv({ CLAUSIER_SEMGREP: tools.semgrep ?? okSemgrep, CLAUSIER_GITLEAKS: tools.gitleaks ?? okGitleaks }, () =>
    cli(["gate", dir, "--format", "json", "--lang", "en", ...args]));
  const json = r.stdout ? (JSON.parse(r.stdout) as GateJson) : undefined;
  return { ...r, json };
}

/** `reasonNamesTool`: the adapter's own reasons name the tool; the gate's deadline reason does not (the summary line does). */
function expectFailedScanner(r: Awaited<ReturnType<typeof gate>>, name: string, reason: RegExp, reasonNamesTool = true): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.json?.verdict).toBe("error");
  expect(r.json?.exitCode).toBe(2);
  const s = r.json!.scanners.find((x) => x.name === name)!;
  expect(s.status).toBe("failed");
  if (reasonNamesTool) expect(s.reason).toMatch(new RegExp(name));
  expect(s.reason).toMatch(reason);
  expect(r.stderr).toMatch(new RegExp(`^clausier-guard gate: ERROR — incomplete scan — .*scanner failed: .*${name}`));
  expect(r.stderr).not.toMatch(STACK_TRACE);
}

describe("gate end to end: a broken semgrep is exit 2 naming semgrep", () => {
  const cases: [string, string, RegExp][] = [
    ["killed by SIGKILL (OOM killer)", `${SG_VERSION}\nkill -9 $$`, /semgrep was killed by SIGKILL/],
    ["killed by SIGSEGV (crash)", `${SG_VERSION}\nkill -SEGV $$`, /semgrep was killed by SIGSEGV/],
    ["exits with an error code", `${SG_VERSION}\necho "semgrep-core: Fatal error: out of memory" >&2\nexit 2`, /semgrep exited with code 2: semgrep-core: Fatal error: out of memory/],
    ["prints truncated JSON", `${SG_VERSION}\nprintf '{"results": [{"check_id": "a03-injection.sql-inj'`, /semgrep printed invalid JSON/],
    ["prints a Python traceback instead of JSON, exit 0", `${SG_VERSION}\necho 'Traceback (most recent call last):'\necho '  File "semgrep/main.py", line 1'`, /semgrep printed invalid JSON/],
    ["prints a result it cannot map", `${SG_VERSION}\necho '{"results":[{"check_id":7}],"errors":[]}'`, /semgrep returned a result that cannot be mapped/],
    ["floods stdout (killed at the output cap)", `${SG_VERSION}\nexec yes '{"results":[]}'`, /semgrep produced more than \d+ bytes of output/],
    ["is not executable", "", /semgrep not found or not executable/],
  ];
  for (const [name, body, reason] of cases) {
    it(name, async () => {
      const bin = fakeTool("semgrep", body, name === "is not executable" ? 0o644 : 0o755);
      expectFailedScanner(await gate({ semgrep: bin }), "semgrep", reason);
    });
  }

  it("prints JSON null: still a failure (exit 2), not an empty scan", async () => {
    const r = await gate({ semgrep: fakeTool("semgrep", `${SG_VERSION}\necho null`) });
    expect(r.code).toBe(2);
    expect(r.json!.scanners.find((x) => x.name === "semgrep")!.status).toBe("failed");
    expect(r.stderr).toMatch(/scanner failed: semgrep/);
  });

  it("hangs past --timeout: exit 2 within the deadline, its process group killed", async () => {
    const pidFile = join(tmp("pid"), "pid");
    const hang = fakeTool("semgrep", `${SG_VERSION}\necho $$ > ${pidFile}\nsleep 60 &\nwait`);
    const r = await gate({ semgrep: hang }, ["--timeout", "1"]);
    expectFailedScanner(r, "semgrep", /timed out after 1 s/, false);
    expect(r.ms).toBeLessThan(8000);
    const pid = Number(readFileSync(pidFile, "utf8"));
    expect(await waitUntil(() => !alive(pid), 5000), `fake semgrep ${pid} still running`).toBe(true);
  });
});

describe("gate end to end: a broken gitleaks is exit 2 naming gitleaks", () => {
  const cases: [string, string, RegExp][] = [
    ["killed by SIGKILL", `${GL_VERSION}\nkill -9 $$`, /gitleaks was killed by SIGKILL/],
    ["panics (exit 2, goroutine dump on stderr)", `${GL_VERSION}\necho 'panic: runtime error: invalid memory address or nil pointer dereference' >&2\necho 'goroutine 1 [running]:' >&2\necho 'main.main()' >&2\nexit 2`, /gitleaks exited with code 2: main\.main\(\)/],
    ["fatal error (exit 1 is not our leak code)", `${GL_VERSION}\necho 'FTL failed to load config' >&2\nexit 1`, /gitleaks exited with code 1: FTL failed to load config/],
    ["prints truncated JSON with the leak exit code", `${GL_VERSION}\nprintf '[{"RuleID": "aws-access-token", "File": "src/a.ts", "StartLi'\nexit 42`, /gitleaks printed invalid JSON/],
    ["prints a finding without a RuleID", `${GL_VERSION}\necho '[{"File":"src/a.ts"}]'\nexit 42`, /gitleaks printed a finding without a RuleID/],
    ["prints null", `${GL_VERSION}\necho null`, /gitleaks printed JSON that is not a findings array/],
    ["prints nothing", `${GL_VERSION}\nexit 0`, /gitleaks printed no JSON report/],
  ];
  for (const [name, body, reason] of cases) {
    it(name, async () => {
      expectFailedScanner(await gate({ gitleaks: fakeTool("gitleaks", body) }), "gitleaks", reason);
    });
  }

  it("hangs past --timeout, ignoring SIGTERM: exit 2, and it is SIGKILLed after the grace period", async () => {
    const pidFile = join(tmp("pid"), "pid");
    const hang = fakeTool("gitleaks", `${GL_VERSION}\necho $$ > ${pidFile}\ntrap '' TERM\nwhile :; do sleep 1; done`);
    const r = await gate({ gitleaks: hang }, ["--timeout", "1"]);
    expectFailedScanner(r, "gitleaks", /timed out after 1 s/, false);
    const pid = Number(readFileSync(pidFile, "utf8"));
    expect(await waitUntil(() => !alive(pid), 6000), `fake gitleaks ${pid} survived`).toBe(true);
  });
});

describe("gate end to end: scanners missing", () => {
  it("neither semgrep nor gitleaks on PATH, none in the cache: exit 2 naming both", async () => {
    const r = await withEnv({ PATH: pathWithoutScanners(), CLAUSIER_GUARD_CACHE: tmp("empty-cache"), XDG_CACHE_HOME: tmp("xdg"), CLAUSIER_SEMGREP: undefined, CLAUSIER_GITLEAKS: undefined }, () =>
      cli(["gate", repo, "--format", "json", "--lang", "en"]));
    expect(r.code).toBe(2);
    const json = JSON.parse(r.stdout) as GateJson;
    for (const name of ["semgrep", "gitleaks"]) {
      const s = json.scanners.find((x) => x.name === name)!;
      expect(s.status).toBe("failed");
      expect(s.reason).toMatch(new RegExp(`${name} not found or not executable .*bootstrap\\.sh ${name}`));
    }
    expect(r.stderr).toMatch(/scanner failed: semgrep, gitleaks/);
  });

  it("through the real executable: the process exits 2 and the text report names the missing scanner", async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${pathWithoutScanners()}:${process.env.PATH!.split(":").filter((d) => existsSync(join(d, "node"))).join(":")}`, CLAUSIER_GUARD_CACHE: tmp("empty-cache") };
    delete env.CLAUSIER_SEMGREP;
    delete env.CLAUSIER_GITLEAKS;
    env.CLAUSIER_GITLEAKS = okGitleaks;
    const r = await bin(["gate", repo, "--lang", "en"], { env, limitMs: 60_000 });
    expect(r.hung).toBe(false);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/scanner failed: semgrep — semgrep not found or not executable/);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it("through the real executable: a scanner hanging past --timeout and ignoring SIGTERM neither hangs the gate nor survives it", async () => {
    const pidFile = join(tmp("pid"), "pid");
    const hang = fakeTool("semgrep", `${SG_VERSION}\necho $$ > ${pidFile}\ntrap '' TERM\nwhile :; do sleep 1; done`);
    const r = await bin(["gate", repo, "--timeout", "1", "--format", "json"], { env: { ...process.env, CLAUSIER_SEMGREP: hang, CLAUSIER_GITLEAKS: okGitleaks }, limitMs: 30_000 });
    expect(r.hung).toBe(false);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/semgrep/);
    const pid = Number(readFileSync(pidFile, "utf8"));
    expect(await waitUntil(() => !alive(pid), 3000), `fake semgrep ${pid} outlived the gate`).toBe(true);
  });
});

/** A fake that records its arguments (and, for gitleaks dir, the mirror it was given). */
function recordingTools() {
  const log = tmp("rec");
  const semgrep = fakeTool("semgrep", `${SG_VERSION}\nfor a in "$@"; do printf '%s\\n' "$a"; done >> ${log}/semgrep.args\n${SEMGREP_FINDS_CANARY}`);
  const gitleaks = fakeTool("gitleaks", `${GL_VERSION}\nif [ "$1" = dir ]; then (cd "$2/repo" && find . -type l) >> ${log}/gitleaks.files; fi\n${GITLEAKS_FINDS_CANARY}`);
  const read = (f: string) => (existsSync(join(log, f)) ? readFileSync(join(log, f), "utf8") : "");
  return { semgrep, gitleaks, semgrepArgs: () => read("semgrep.args"), gitleaksFiles: () => read("gitleaks.files") };
}

/** Binary files, symlink loops, a FIFO, a non-UTF-8 name, and (untracked) a 400 MB sparse file. */
function nastyTree(root: string, opts: { bigFile: boolean }): void {
  write(root, {
    "src/a.ts": "export const a = 1;\n",
    "src/blob.js": Buffer.concat([Buffer.from("var x = 1;\n"), Buffer.from(Array.from({ length: 20_000 }, (_, i) => (i * 7919) % 256))]),
    "assets/logo.png": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]),
    "src/--help.js": "export const h = 1;\n",
  });
  mkdirSync(join(root, "loop"), { recursive: true });
  symlinkSync("self2", join(root, "loop", "self"));
  symlinkSync("self", join(root, "loop", "self2"));
  symlinkSync(".", join(root, "loop", "dot"));
  symlinkSync("..", join(root, "loop", "up"));
  // f\xFF.js, and a folder d\xE9 (Latin-1 "dé") holding a file.
  writeFileSync(Buffer.concat([Buffer.from(`${root}/src/`), Buffer.from([0x66, 0xff, 0x2e, 0x6a, 0x73])]), "const y = 2;\n");
  mkdirSync(Buffer.concat([Buffer.from(`${root}/`), Buffer.from([0x64, 0xe9])]));
  writeFileSync(Buffer.concat([Buffer.from(`${root}/`), Buffer.from([0x64, 0xe9]), Buffer.from("/inner.js")]), "const z = 3;\n");
  if (opts.bigFile) execFileSync("truncate", ["-s", "400M", join(root, "dist", "bundle.min.js")], { stdio: "ignore" });
}

describe("gate on repositories of unusual shapes", () => {
  it("files larger than the tools' limits are never handed to semgrep or to the gitleaks mirror (semgrep and gitleaks --follow-symlinks ignore their size limits for them)", async () => {
    const root = gitRepo({ "src/a.ts": "export const a = 1;\n", "dist/keep": "" });
    execFileSync("truncate", ["-s", "400M", join(root, "dist", "bundle.min.js")]);
    const rec = recordingTools();
    // Not scanned, so the verdict is error, unless the profile allows the path.
    const refused = await gate({ semgrep: rec.semgrep, gitleaks: rec.gitleaks }, [], root);
    expect(refused.code, refused.stderr).toBe(2);
    expect(refused.json!.findings.filter((f) => f.rule === "clausier-gate-file-not-scanned").map((f) => `${f.scanner} ${f.file}`).sort())
      .toEqual(["clausier-detectors dist/bundle.min.js", "gitleaks dist/bundle.min.js", "semgrep dist/bundle.min.js"]);
    const profile = join(tmp("allow"), "p.yaml");
    writeFileSync(profile, "gate:\n  notScannedAllowed: ['dist/**']\n");
    const r = await gate({ semgrep: rec.semgrep, gitleaks: rec.gitleaks }, ["--profile", profile], root);
    expect(r.code, r.stderr).toBe(0);
    expect(rec.semgrepArgs()).toContain("src/a.ts");
    expect(rec.gitleaksFiles()).toContain("src/a.ts");
    expect(rec.semgrepArgs(), "a 400 MB file passed to semgrep by name is read whatever --max-target-bytes says").not.toContain("bundle.min.js");
    expect(rec.gitleaksFiles(), "gitleaks --follow-symlinks reads a linked 400 MB file whatever --max-target-megabytes says").not.toContain("bundle.min.js");
  });

  it("a git repository with binary files, symlink loops, a FIFO, non-UTF-8 names and a 400 MB file: real tools, no hang, no error", async (ctx) => {
    const sg = semgrepTool();
    const gl = gitleaksTool();
    if (sg.skip || gl.skip) return ctx.skip();
    expect(sg.present, sg.message).toBe(true);
    expect(gl.present, gl.message).toBe(true);
    const root = tmp("nasty-git");
    git(root, "init", "-q");
    mkdirSync(join(root, "dist"));
    nastyTree(root, { bigFile: false });
    git(root, "add", "-A");
    git(root, "commit", "-q", "-m", "nasty");
    execFileSync("mkfifo", [join(root, "src", "pipe.js")]);
    execFileSync("truncate", ["-s", "400M", join(root, "dist", "bundle.min.js")]);
    const r = await withEnv({ CLAUSIER_SEMGREP: sg.path, CLAUSIER_GITLEAKS: gl.path }, () => cli(["gate", root, "--format", "json", "--lang", "en", "--timeout", "30"]));
    const json = JSON.parse(r.stdout) as GateJson;
    // Error only because of what could not be scanned (each file listed), never a crash or a hang.
    for (const s of json.scanners.filter((x) => x.status === "failed")) expect(s.reason, r.stderr).toMatch(/^\d+ file\(s\) not scanned/);
    expect(r.code).toBe(2);
    expect(r.ms).toBeLessThan(30_000);
    const unscanned = new Set(json.findings.filter((f) => f.rule === "clausier-gate-file-not-scanned").map((f) => f.file));
    expect([...unscanned].sort(), JSON.stringify(json.findings)).toEqual(["d\\xE9/inner.js", "dist/bundle.min.js", "src/blob.js", "src/f\\xFF.js"]);
    // semgrep could not parse the binary blob: the reason names the error and the line, never the bytes.
    const blob = json.findings.find((f) => f.rule === "clausier-gate-file-not-scanned" && f.file === "src/blob.js")!;
    expect(blob.message.en).toMatch(/^not scanned by semgrep: PartialParsing \(Syntax error at line src\/blob\.js:\d+\)$/);
  }, 90_000);

  it("the same tree outside git (directory walk): no hang on the loops or the FIFO, non-UTF-8 names reported", async () => {
    const root = tmp("nasty-dir");
    mkdirSync(join(root, "dist"));
    nastyTree(root, { bigFile: true });
    execFileSync("mkfifo", [join(root, "src", "pipe.js")]);
    const rec = recordingTools();
    const r = await gate({ semgrep: rec.semgrep, gitleaks: rec.gitleaks }, ["--timeout", "20"], root);
    expect(r.code, r.stderr).toBe(2);
    const json = r.json!;
    expect([...new Set(json.findings.filter((f) => f.rule === "clausier-gate-file-not-scanned").map((f) => f.file))].sort()).toEqual(["d\\xE9/inner.js", "dist/bundle.min.js", "src/f\\xFF.js"]);
    const args = rec.semgrepArgs().split("\n");
    expect(args).toContain("src/--help.js");
    expect(args.indexOf("--")).toBeLessThan(args.indexOf("src/--help.js"));
    expect(args.some((a) => a.includes("pipe.js") || a.startsWith("loop/"))).toBe(false);
  });

  it("--base with a shallow clone that lacks the base commit: exit 2, the message names the commit and the fix", async () => {
    const origin = gitRepo({ "a.ts": "export const a = 1;\n" });
    const old = git(origin, "rev-parse", "HEAD").trim();
    write(origin, { "a.ts": "export const a = 2;\n" });
    git(origin, "commit", "-qam", "second");
    const parent = tmp("shallow");
    git(parent, "clone", "-q", "--depth", "1", `file://${origin}`, "clone");
    const r = await gate({}, ["--base", old], join(parent, "clone"));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`--base ${old}: no such commit`);
    expect(r.stderr).toMatch(/shallow.*fetch-depth: 0/s);
    expect(r.stderr).not.toMatch(/internal error|STACK/);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it("--base outside a git repository, or an option-like base: exit 2 with a clear message", async () => {
    const dir = tmp("plain");
    write(dir, { "a.ts": "x\n" });
    const r1 = await gate({}, ["--base", "main"], dir);
    expect(r1.code).toBe(2);
    expect(r1.stderr).toMatch(/--base main: .* is not a git working tree/);
    const r2 = await gate({}, ["--base=--output=/tmp/x"], repo);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/is not a git revision/);
  });
});
