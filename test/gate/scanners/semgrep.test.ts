// The semgrep adapter on small fixture repositories with the real semgrep, and fail-closed
// behaviour with fake binaries.
import { afterAll, describe, expect, it } from "vitest";
import { bilingualText } from "../../../ci/result/model";
import { createSemgrepScanner } from "../../../ci/gate/scanners/semgrep";
import { cleanup, envWithoutTools, fakeTool, input, tmp, write } from "./helpers";
import { semgrepTool } from "./tools";

afterAll(cleanup);
const tool = semgrepTool();

const VULNERABLE = `import { Pool } from "pg";
const pool = new Pool();
export async function byName(req: any) {
  return pool.query(\`SELECT * FROM patients WHERE name = '\${req.query.name}'\`);
}
export async function byId(req: any) {
  return pool.query("SELECT * FROM patients WHERE id = $1", [req.params.id]);
}
`;
const CLEAN = `export function add(a: number, b: number): number {
  return a + b;
}
`;
const IN_TESTS = `import * as crypto from "crypto";
export const weak = crypto.createHash("md5").update("x").digest("hex");
`;

describe.skipIf(tool.skip)("semgrep adapter: real semgrep", () => {
  it(
    "reports true positives with clauses, severity, file, line and our fingerprint; skips clean code and parameterised queries",
    async () => {
      expect(tool.present, tool.message).toBe(true);
      const root = tmp("sg-repo");
      // A committed .semgrepignore must not hide files from the gate, nor does semgrep's default
      // list (which skips tests/).
      write(root, { "src/db.ts": VULNERABLE, "src/clean.ts": CLEAN, "tests/helper.ts": IN_TESTS, ".semgrepignore": "src/\ntests/\n", "README.md": "# x\n" });
      const res = await createSemgrepScanner().run(input(root, ["src/db.ts", "src/clean.ts", "tests/helper.ts", "README.md"]));
      expect(res.status, res.reason).toBe("ok");
      expect(res.version).toMatch(/^\d+\.\d+\.\d+ \(\/.*semgrep\)$/);
      const summary = res.findings.map((f) => `${f.file}:${f.line} ${f.rule}`).sort();
      expect(summary).toEqual(["src/db.ts:4 sql-injection-string-query", "tests/helper.ts:2 weak-hash-md5-sha1"]);
      const sql = res.findings.find((f) => f.rule === "sql-injection-string-query")!;
      expect(sql).toMatchObject({ source: "gate", scanner: "semgrep", clauses: ["O-12.5.7", "O-3.10"], severity: "high", enforcementLevel: "mandatory" });
      expect(bilingualText(sql)).toMatch(/^\[O-12\.5\.7, O-3\.10\] Requête SQL .* — EN: SQL text/);
      expect(sql.fingerprint).toMatch(/^semgrep:[0-9a-f]{64}$/);
      expect(sql.fingerprint).not.toContain("requires login");

      // The fingerprint follows the code, not its position: moving the line keeps it.
      write(root, { "src/db.ts": `// a new comment line\n${VULNERABLE}` });
      const moved = await createSemgrepScanner().run(input(root, ["src/db.ts"]));
      expect(moved.status, moved.reason).toBe("ok");
      expect(moved.findings).toHaveLength(1);
      expect(moved.findings[0]!.line).toBe(5);
      expect(moved.findings[0]!.fingerprint).toBe(sql.fingerprint);
    },
    300_000,
  );

  it(
    "runs the JavaScript rules on inline scripts and reports on the original file, once per sink; an unparsable script is not scanned",
    async () => {
      const root = tmp("sg-embedded");
      write(root, {
        "src/routes/+page.svelte": '<script lang="ts">\n  export let token: string;\n  window.parent.postMessage(token, "*");\n</script>\n<p>{token}</p>\n',
        "views/list.ejs": "<ul id=l></ul>\n<script>\n  fetch('/api').then(r => r.json()).then(u => {\n    document.getElementById('l').innerHTML = u.name;\n  });\n</script>\n",
        "views/broken.html": "<script>\n  function ( {\n</script>\n",
      });
      const res = await createSemgrepScanner().run(input(root, ["src/routes/+page.svelte", "views/list.ejs", "views/broken.html"]));
      expect(res.status, res.reason).toBe("ok");
      const summary = res.findings.map((f) => `${f.file}:${f.line ?? "-"} ${f.rule}`).sort();
      expect(summary).toEqual([
        "src/routes/+page.svelte:3 postmessage-wildcard-target-origin",
        "views/broken.html:- clausier-gate-file-not-scanned",
        "views/list.ejs:4 template-inline-script-dom-sink",
      ]);
      const gap = res.findings.find((f) => f.rule === "clausier-gate-file-not-scanned")!;
      expect(gap.message.en).toMatch(/^not scanned by semgrep: inline script: /);
      expect(JSON.stringify(res.findings)).not.toContain("clausier-semgrep-");
    },
    300_000,
  );

  it("is ok with no findings when no JavaScript/TypeScript file is selected", async () => {
    const root = tmp("sg-empty");
    write(root, { "README.md": "# x\n" });
    const res = await createSemgrepScanner().run(input(root, ["README.md", "deleted.ts"]));
    expect(res.status, res.reason).toBe("ok");
    expect(res.findings).toEqual([]);
  });
});

describe("semgrep adapter: fails closed", () => {
  const root = tmp("sg-fault");
  write(root, { "src/a.ts": CLEAN });
  const files = ["src/a.ts"];
  const VERSION = `if [ "$1" = "--version" ]; then echo 1.185.0; exit 0; fi`;

  const cases: [string, string, RegExp][] = [
    ["exit code 3", `${VERSION}\necho "fatal: boom" >&2\nexit 3`, /semgrep exited with code 3: fatal: boom/],
    ["invalid JSON", `${VERSION}\necho '{"results": [oops'`, /semgrep printed invalid JSON/],
    ["empty output", `${VERSION}\nexit 0`, /semgrep printed no JSON/],
    ["errors[] of level error", `${VERSION}\necho '{"results":[],"errors":[{"level":"error","type":"Rule parse error","message":"bad rule"}]}'`, /semgrep reported an error: Rule parse error: bad rule/],
    ["JSON without results", `${VERSION}\necho '{"errors":[]}'`, /without a results array/],
    ["--version failing", `exit 7`, /semgrep exited with code 7/],
    ["killed by a signal", `${VERSION}\nkill -9 $$`, /semgrep was killed by SIGKILL/],
  ];
  for (const [name, body, reason] of cases) {
    it(`${name} → failed with a reason naming semgrep`, async () => {
      const bin = fakeTool("semgrep", body);
      const res = await createSemgrepScanner({ env: { ...process.env, CLAUSIER_SEMGREP: bin } }).run(input(root, files));
      expect(res.status).toBe("failed");
      expect(res.reason).toMatch(reason);
      expect(res.findings).toEqual([]);
    });
  }

  it("binary missing (not on PATH, not in the cache) → failed", async () => {
    const res = await createSemgrepScanner({ env: envWithoutTools() }).run(input(root, files));
    expect(res.status).toBe("failed");
    expect(res.reason).toMatch(/semgrep not found or not executable .*bootstrap\.sh semgrep/);
  });

  it("override pointing to a missing file → failed", async () => {
    const res = await createSemgrepScanner({ env: { ...process.env, CLAUSIER_SEMGREP: "/nonexistent/semgrep" } }).run(input(root, files));
    expect(res.status).toBe("failed");
    expect(res.reason).toMatch(/semgrep not found/);
  });

  it("hangs past the time limit → failed (timeout), and the process group is killed", async () => {
    const bin = fakeTool("semgrep", `${VERSION}\nsleep 30 &\nwait`);
    const t0 = Date.now();
    const res = await createSemgrepScanner({ env: { ...process.env, CLAUSIER_SEMGREP: bin }, timeoutMs: 1500 }).run(input(root, files));
    expect(res.status).toBe("failed");
    expect(res.reason).toMatch(/semgrep timed out/);
    expect(Date.now() - t0).toBeLessThan(10_000);
  });

  it("the gate's AbortSignal stops a hanging run → failed", async () => {
    const bin = fakeTool("semgrep", `${VERSION}\nsleep 30`);
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 500);
    const res = await createSemgrepScanner({ env: { ...process.env, CLAUSIER_SEMGREP: bin } }).run(input(root, files, { signal: ac.signal }));
    expect(res.status).toBe("failed");
    expect(res.reason).toMatch(/semgrep was stopped: the gate's time budget is spent/);
  });
});
