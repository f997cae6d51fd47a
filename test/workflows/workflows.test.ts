// The shipped CI templates: every GitHub workflow passes actionlint (the real linter, pinned in
// scripts/tool-versions.sh, which also runs its expression-injection checks); the linter is shown
// to catch a broken workflow; the composite action and the GitLab templates are well-formed; the
// `stacks` command the matrix jobs call lists exactly the repository's stacks.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { run } from "../../ci/cli/main";
import { pinnedVersion, cacheDir } from "../../ci/gate/scanners/process";

const root = resolve(__dirname, "..", "..");
const actionlint = join(cacheDir(), `actionlint-${pinnedVersion("ACTIONLINT_VERSION")}`, "bin", "actionlint");
const githubDir = join(root, "ci/workflows/github");
const workflows = readdirSync(githubDir).filter((f) => f.endsWith(".yml")).map((f) => join(githubDir, f));

function lint(files: string[]) {
  return spawnSync(actionlint, ["-no-color", ...files], { cwd: root, encoding: "utf8" });
}

async function cli(argv: string[], cwd: string) {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, cwd, env: process.env });
  return { code, stdout, stderr };
}

describe("GitHub workflows", () => {
  it("are linted clean by actionlint", () => {
    expect(workflows.length).toBeGreaterThanOrEqual(2);
    const r = lint(workflows);
    expect(r.error).toBeUndefined();
    expect(r.stdout + r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  it("actionlint catches script injection and a misspelt input (the check can fail)", () => {
    const dir = mkdtempSync(join(tmpdir(), "cg-wf-"));
    try {
      const bad = join(dir, "bad.yml");
      writeFileSync(bad, "on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.pull_request.title }}\n      - uses: actions/checkout@v4\n        with:\n          fetch-depht: 0\n");
      const r = lint([bad]);
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(/potentially untrusted/);
      expect(r.stdout).toMatch(/fetch-depht/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the reusable workflow runs one job per stack, the gate, and one evidence bundle", () => {
    const wf = parse(readFileSync(join(githubDir, "clausier-guard-reusable.yml"), "utf8")) as {
      on: { workflow_call: { inputs: Record<string, unknown> } };
      jobs: Record<string, { needs?: string | string[]; strategy?: { matrix: { include: string } }; steps: Array<{ uses?: string; with?: Record<string, string> }> }>;
    };
    expect(Object.keys(wf.on.workflow_call.inputs)).toEqual(expect.arrayContaining(["profile-repository", "profile-sha256", "tool-ref"]));
    expect(wf.jobs.stack.strategy?.matrix.include).toBe("${{ fromJSON(needs.discover.outputs.stacks) }}");
    expect(wf.jobs.evidence.needs).toEqual(["gate", "stack"]);
    expect(wf.jobs.gate.steps.some((s) => s.uses === "github/codeql-action/upload-sarif@v4")).toBe(true);
    expect(wf.jobs.stack.steps.some((s) => s.uses === "github/codeql-action/upload-sarif@v4")).toBe(true);
    // Every tool step goes through the composite action of the checked-out tool.
    for (const job of ["discover", "gate", "stack", "evidence"]) expect(wf.jobs[job].steps.some((s) => s.uses === "./.clausier-guard")).toBe(true);
  });
});

describe("composite action", () => {
  it("takes its inputs through the environment, never pasted into the script", () => {
    const action = parse(readFileSync(join(root, "action.yml"), "utf8")) as { runs: { using: string; steps: Array<{ run?: string }> } };
    expect(action.runs.using).toBe("composite");
    const scripts = action.runs.steps.map((s) => s.run ?? "").join("\n");
    expect(scripts).toContain("bootstrap.sh");
    expect(scripts).not.toMatch(/\$\{\{/);
  });
});

describe("GitLab templates", () => {
  it("parse, and the portfolio template runs a parallel matrix of stacks before one evidence job", () => {
    const gl = join(root, "ci/workflows/gitlab");
    for (const f of readdirSync(gl)) expect(() => parse(readFileSync(join(gl, f), "utf8"))).not.toThrow();
    const t = parse(readFileSync(join(gl, "clausier-guard-portfolio.gitlab-ci.yml"), "utf8")) as Record<string, { parallel?: { matrix: Array<Record<string, unknown>> }; needs?: Array<{ job: string }>; extends?: string; script?: string[] }>;
    expect(t["clausier-guard-stack"].parallel?.matrix[0]).toHaveProperty("STACK");
    expect(t["clausier-guard-evidence"].needs?.map((n) => n.job)).toEqual(["clausier-guard-gate", "clausier-guard-stack"]);
    for (const [name, job] of Object.entries(t)) {
      if (name.startsWith("clausier-guard-")) {
        expect(job.extends).toBe(".clausier-guard-tool");
        expect(job.script?.length).toBeGreaterThan(0);
      }
    }
  });
});

describe("clausier-guard stacks (what the matrix is built from)", () => {
  it("lists every Pulumi.<stack>.yaml beside a Pulumi.yaml, skipping dependencies, and rejects unsafe names", async () => {
    const repo = mkdtempSync(join(tmpdir(), "cg-stacks-"));
    try {
      const prog = (dir: string, stacks: string[]) => {
        mkdirSync(join(repo, dir), { recursive: true });
        writeFileSync(join(repo, dir, "Pulumi.yaml"), "name: p\nruntime: nodejs\n");
        for (const s of stacks) writeFileSync(join(repo, dir, `Pulumi.${s}.yaml`), "config: {}\n");
      };
      prog("infra", ["dev", "prod"]);
      prog("apps/web", ["prod"]);
      prog("node_modules/some-dep", ["dev"]);
      const ok = await cli(["stacks", repo, "--format", "github-matrix"], repo);
      expect(ok.code).toBe(0);
      expect(ok.stdout.startsWith("stacks=")).toBe(true);
      expect(JSON.parse(ok.stdout.slice("stacks=".length))).toEqual([
        { dir: "apps/web", stack: "prod", name: "apps-web-prod" },
        { dir: "infra", stack: "dev", name: "infra-dev" },
        { dir: "infra", stack: "prod", name: "infra-prod" },
      ]);
      writeFileSync(join(repo, "infra", "Pulumi.$(id).yaml"), "config: {}\n");
      const bad = await cli(["stacks", repo, "--format", "json"], repo);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/Pulumi\.\$\(id\)\.yaml: not a valid stack name/);
      expect(bad.stdout).not.toContain("$(id)");
      expect((await cli(["stacks", join(repo, "nope")], repo)).code).toBe(2);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
