// As a new user would: the example vendor application in a fresh git repository, a pull request
// that adds a file, `clausier-guard gate --base … --github` run the way the workflow runs it,
// against the local GitHub test server — twice. One check run per run, annotations on the right
// lines, ONE pull-request comment (created, then updated), and the scan's exit code untouched.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli, ROOT } from "../evaluate/cli-helpers";
import { FakeGitHub } from "./fake-github";
import { actionsEnv } from "./helpers";
import { run } from "../../ci/cli/main";

const git = (cwd: string, ...args: string[]) => execFileSync("git", args, { cwd, stdio: "pipe" }).toString().trim();

describe("a vendor repository adopting the workflow", () => {
  const gh = new FakeGitHub();
  let repo = "";
  beforeAll(async () => {
    await gh.start();
    repo = mkdtempSync(path.join(os.tmpdir(), "cg-vendor-"));
    cpSync(path.join(ROOT, "test/fixtures/vendor-app"), repo, { recursive: true });
    git(repo, "init", "-q", "-b", "main");
    git(repo, "-c", "user.email=v@example.org", "-c", "user.name=vendor", "add", ".");
    git(repo, "-c", "user.email=v@example.org", "-c", "user.name=vendor", "commit", "-qm", "base");
    git(repo, "checkout", "-qb", "feature");
    writeFileSync(path.join(repo, "src/report.js"), 'const crypto = require("crypto");\nexports.token = () => crypto.createHash("sha1").update(String(Math.random())).digest("hex");\n');
    git(repo, "-c", "user.email=v@example.org", "-c", "user.name=vendor", "add", ".");
    git(repo, "-c", "user.email=v@example.org", "-c", "user.name=vendor", "commit", "-qm", "feature");
  });
  afterAll(() => gh.stop());

  it("gets a check run with annotations and a single comment, and keeps the scan's verdict", async () => {
    const env = { ...actionsEnv(gh), GITHUB_SHA: git(repo, "rev-parse", "HEAD") } as NodeJS.ProcessEnv;
    const out = path.join(repo, "out");
    const runGate = async () => {
      let stdout = ""; let stderr = "";
      const code = await run(["gate", repo, "--base", "main", "--out", out, "--github", "--format", "json"], { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, cwd: repo, env });
      return { code, stdout, stderr };
    };
    const first = await runGate();
    expect(first.stderr).not.toContain("--github:");
    expect(first.code).toBe(1);
    const report = JSON.parse(first.stdout);
    // --base: only what the pull request added is reported.
    const scanned = report.findings.filter((f: { rule: string }) => f.rule !== "github-commit-signature-verified");
    expect(new Set(scanned.map((f: { file: string }) => f.file))).toEqual(new Set(["src/report.js"]));

    const second = await runGate();
    expect(second.code).toBe(1);
    expect(gh.checkRuns.size).toBe(2);
    const [run1] = [...gh.checkRuns.values()];
    expect(run1.conclusion).toBe("failure");
    const annotations = run1.annotations as Array<{ path: string; start_line: number }>;
    expect(annotations.length).toBeGreaterThan(0);
    expect(annotations.every((a) => a.path === "src/report.js" && a.start_line === 2)).toBe(true);
    const ours = gh.comments.filter((c) => c.body.includes("<!-- clausier-guard -->"));
    expect(ours).toHaveLength(1);
    expect(gh.count("POST", /\/issues\/\d+\/comments$/)).toBe(1);
    expect(gh.count("PATCH", /\/issues\/comments\/\d+$/)).toBe(1);
  }, 180_000);

  it("with commitSignatures: mandatory, an unsigned commit of the pull request blocks; advisory only reports it", async () => {
    const env = { ...actionsEnv(gh), GITHUB_SHA: git(repo, "rev-parse", "HEAD") } as NodeJS.ProcessEnv;
    const gateJson = async (mode: string) => {
      // The hospital's copy, outside the repository: one written into the working tree is the pull request's, not used with --base.
      const profile = path.join(mkdtempSync(path.join(os.tmpdir(), "cg-hospital-")), `profile-${mode}.yaml`);
      writeFileSync(profile, `gate:\n  commitSignatures: ${mode}\n`);
      let stdout = "";
      const code = await run(["gate", repo, "--base", "main", "--github", "--format", "json", "--profile", profile, "--exclude", "src/report.js"], { stdout: (t) => { stdout += t; }, stderr: () => undefined, cwd: repo, env });
      return { code, json: JSON.parse(stdout) };
    };
    const mandatory = await gateJson("mandatory");
    const signatures = mandatory.json.findings.filter((f: { rule: string }) => f.rule === "github-commit-signature-verified");
    // The recorded pull request has one signed and one unsigned commit.
    expect(signatures.map((f: { severity: string }) => f.severity)).toEqual(["high"]);
    expect(mandatory.json.scanners.find((s: { name: string }) => s.name === "github-signatures").status).toBe("ok");
    expect(mandatory.code).toBe(1);
    const advisory = await gateJson("advisory");
    expect(advisory.json.findings.filter((f: { rule: string }) => f.rule === "github-commit-signature-verified").map((f: { severity: string }) => f.severity)).toEqual(["low"]);
    expect(advisory.code).toBe(0);
  }, 180_000);

  it("an unreachable GitHub is reported and the verdict stays the scan's", async () => {
    const env = { ...actionsEnv(gh), GITHUB_API_URL: "http://127.0.0.1:9", GITHUB_SHA: git(repo, "rev-parse", "HEAD") } as NodeJS.ProcessEnv;
    let stderr = "";
    const code = await run(["gate", repo, "--base", "main", "--github", "--format", "json"], { stdout: () => undefined, stderr: (t) => { stderr += t; }, cwd: repo, env });
    expect(code).toBe(1);
    expect(stderr).toMatch(/--github: /);
  }, 180_000);

  it("a missing GITHUB_TOKEN is a clear error, not a silent skip", async () => {
    const r = await cli(["gate", repo, "--base", "main", "--github", "--format", "json"]);
    expect(r.stderr).toMatch(/GITHUB_/);
  }, 180_000);
});
