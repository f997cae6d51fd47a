// The shipped GitHub workflow must stay safe for pull requests from forks: `pull_request` only,
// least-privilege permissions, no secret other than the automatic GITHUB_TOKEN.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

const ROOT = join(__dirname, "..", "..");
const GH = join(ROOT, "ci", "workflows", "github", "clausier-guard.yml");
const GL = join(ROOT, "ci", "workflows", "gitlab", "clausier-guard.gitlab-ci.yml");

type Step = { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string>; if?: string };
type Workflow = {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { permissions?: unknown; steps: Step[] }>;
};

const text = readFileSync(GH, "utf8");
// The YAML without its comments (which explain, and so name, what is forbidden).
const code = text.split("\n").filter((l) => !/^\s*#/.test(l)).join("\n");
const wf = parse(text) as Workflow;
const steps = Object.values(wf.jobs).flatMap((j) => j.steps);

describe("GitHub workflow", () => {
  it("triggers on pull_request only, never pull_request_target", () => {
    expect(Object.keys(wf.on)).toEqual(["pull_request"]);
    expect(code).not.toMatch(/pull_request_target/);
  });

  it("grants least-privilege permissions at the workflow level and nowhere else", () => {
    expect(wf.permissions).toEqual({ contents: "read", checks: "write", "pull-requests": "write", "security-events": "write" });
    for (const job of Object.values(wf.jobs)) expect(job.permissions).toBeUndefined();
  });

  it("uses no secret other than GITHUB_TOKEN", () => {
    const secrets = [...code.matchAll(/secrets\.([A-Za-z0-9_]+)/g)].map((m) => m[1]);
    expect(secrets.length).toBeGreaterThan(0);
    expect(new Set(secrets)).toEqual(new Set(["GITHUB_TOKEN"]));
  });

  it("checks out full history, caches tools, gates with --github, uploads SARIF and the evidence", () => {
    const [checkout, tool] = steps.filter((s) => s.uses?.startsWith("actions/checkout@"));
    expect(checkout.with).toMatchObject({ "fetch-depth": 0, "persist-credentials": false });
    expect(tool.with).toMatchObject({ path: ".clausier-guard", "persist-credentials": false });
    expect(steps.find((s) => s.uses?.startsWith("actions/cache@"))!.with!.path).toBe("~/.cache/clausier-guard");
    const runs = steps.map((s) => s.run ?? "").join("\n");
    expect(runs).toContain("scripts/bootstrap.sh");
    expect(runs).toMatch(/gate \. --base "origin\/\$BASE_REF" --out out --github/);
    expect(steps.find((s) => s.run?.includes(" gate "))!.env).toMatchObject({ BASE_REF: "${{ github.base_ref }}", GITHUB_TOKEN: "${{ secrets.GITHUB_TOKEN }}" });
    expect(runs).toMatch(/clausier-guard\.cjs evaluate "\$dir" --stack "\$stack"/);
    expect(runs).toMatch(/clausier-guard\.cjs report .*--out out/);
    expect(steps.find((s) => s.uses?.startsWith("github/codeql-action/upload-sarif@"))!.with!.sarif_file).toBe("out/gate.sarif");
    expect(steps.find((s) => s.uses?.startsWith("actions/upload-artifact@"))!.with!.path).toBe("out/");
  });

  it("does not interpolate untrusted event text into scripts", () => {
    // Titles, bodies and branch names of a PR are attacker-controlled (script injection).
    expect(code).not.toMatch(/\$\{\{\s*github\.event\.pull_request\.(title|body|head\.ref|head\.label)/);
    expect(code).not.toMatch(/\$\{\{\s*github\.head_ref/);
    // Expressions only in env: / with: / if: values, never inside a run script.
    for (const s of steps) expect(s.run ?? "").not.toMatch(/\$\{\{/);
  });
});

describe("GitLab pipeline", () => {
  it("runs on merge requests, keeps the evidence and declares the SAST report", () => {
    const gl = parse(readFileSync(GL, "utf8")) as Record<string, { rules: { if: string }[]; artifacts: { paths: string[]; reports: Record<string, string> }; variables: Record<string, string> }>;
    const job = gl["clausier-guard"]!;
    expect(job.rules[0]!.if).toContain("merge_request_event");
    expect(job.variables.GIT_DEPTH).toBe("0");
    expect(job.artifacts.paths).toContain("out/");
    expect(job.artifacts.reports.sast).toBe("out/gate.gitlab-sast.json");
  });
});
