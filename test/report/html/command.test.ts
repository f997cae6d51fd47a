// `clausier-guard report`: reads the JSON outputs, writes report.html and the O-12.5.6 manifest.
import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { reportCommand } from "../../../ci/cli/report-command";
import { InputError, UsageError } from "../../../ci/result/errors";
import type { CommandIO } from "../../../ci/cli/io";
import { CLAUSES } from "../../../ci/report/coverage/clauses";
import { buildManifest, hashFolder } from "../../../ci/report/manifest";
import { evaluateReport, gateReport } from "../../github/helpers";
import { renderJson } from "../../../ci/report/json";

function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CommandIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd, env: {} };
  return { io: value, out, err };
}

function workdir() {
  const dir = mkdtempSync(join(tmpdir(), "cg-report-"));
  mkdirSync(join(dir, "out"));
  writeFileSync(join(dir, "out", "gate.json"), renderJson(gateReport(5)));
  writeFileSync(join(dir, "out", "evaluate-prod.json"), renderJson(evaluateReport()));
  writeFileSync(join(dir, "out", "gate.sarif"), "{}\n");
  return dir;
}

describe("report command", () => {
  it("prints the HTML report on stdout", async () => {
    const dir = workdir();
    const t = io(dir);
    const code = await reportCommand(["--gate", "out/gate.json", "--evaluate", "out/evaluate-prod.json", "--lang", "en"], t.io);
    expect(code).toBe(0);
    const html = t.out.join("");
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<html lang="en">');
    expect(html.match(/<tr data-clause=/g)).toHaveLength(CLAUSES.length);
  });

  it("prints the clause coverage as JSON", async () => {
    const dir = workdir();
    const t = io(dir);
    await reportCommand(["--gate", "out/gate.json", "--format", "json"], t.io);
    const json = JSON.parse(t.out.join("")) as { verdict: string; clauses: { id: string; status: string }[] };
    expect(json.verdict).toBe("blocked");
    expect(json.clauses).toHaveLength(CLAUSES.length);
    expect(json.clauses.find((c) => c.id === "O-12.5.9")!.status).toBe("failed");
    expect(json.clauses.find((c) => c.id === "O-8.4")!.status).toBe("not-evaluated");
  });

  it("writes report.html and a manifest hashing every output file", async () => {
    const dir = workdir();
    const t = io(dir);
    expect(await reportCommand(["--gate", "out/gate.json", "--evaluate", "out/evaluate-prod.json", "--out", "out"], t.io)).toBe(0);
    const manifest = JSON.parse(readFileSync(join(dir, "out", "manifest.json"), "utf8")) as {
      clause: string; files: { path: string; sha256: string; size: number }[];
      tools: Record<string, unknown>; rules: Record<string, string | null>; git: { commit: string | null }; generatedAt: string;
    };
    expect(manifest.clause).toBe("O-12.5.6");
    expect(manifest.files.map((f) => f.path)).toEqual(["evaluate-prod.json", "gate.json", "gate.sarif", "report.html", "sbom-not-evaluated.txt"]);
    const html = readFileSync(join(dir, "out", "report.html"));
    const entry = manifest.files.find((f) => f.path === "report.html")!;
    expect(entry.sha256).toBe(createHash("sha256").update(html).digest("hex"));
    expect(entry.size).toBe(html.length);
    expect(manifest.tools).toMatchObject({ node: process.version, "clausier-guard": "0.1.0", semgrep: "1.185.0", gitleaks: "v8.30.1" });
    expect(manifest.rules["policies/rules"]).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.git.commit).toBeNull(); // a temp dir is no git repository
    expect(Date.parse(manifest.generatedAt)).not.toBeNaN();
  });

  it("records the git commit of the scanned repository", () => {
    const root = join(__dirname, "..", "..", "..");
    const m = buildManifest({ outDir: mkdtempSync(join(tmpdir(), "cg-m-")), repoRoot: root });
    expect(m.git.commit === null || /^[0-9a-f]{40}$/.test(m.git.commit)).toBe(true);
    expect(hashFolder(join(root, "policies", "rules"))).toBe(m.rules["policies/rules"]);
  });

  it("names a missing or invalid input file", async () => {
    const dir = workdir();
    await expect(reportCommand(["--gate", "out/nope.json"], io(dir).io)).rejects.toThrow(InputError);
    await expect(reportCommand(["--gate", "out/nope.json"], io(dir).io)).rejects.toThrow(/--gate file 'out\/nope\.json'/);
    writeFileSync(join(dir, "out", "bad.json"), "{ not json");
    await expect(reportCommand(["--evaluate", "out/bad.json"], io(dir).io)).rejects.toThrow(/'out\/bad\.json' is not valid JSON/);
    writeFileSync(join(dir, "out", "shape.json"), JSON.stringify({ ...JSON.parse(renderJson(gateReport(1))), findings: "none" }));
    await expect(reportCommand(["--gate", "out/shape.json"], io(dir).io)).rejects.toThrow(/out\/shape\.json: findings must be array/);
    writeFileSync(join(dir, "out", "old.json"), JSON.stringify({ verdict: "pass", findings: [], scanners: [] }));
    await expect(reportCommand(["--gate", "out/old.json"], io(dir).io)).rejects.toThrow(/out\/old\.json: schemaVersion is missing/);
  });

  it("rejects bad usage", async () => {
    const dir = workdir();
    await expect(reportCommand([], io(dir).io)).rejects.toThrow(UsageError);
    await expect(reportCommand(["--gate", "out/gate.json", "--format", "pdf"], io(dir).io)).rejects.toThrow(/--format must be one of html, json/);
    await expect(reportCommand(["--gate", "out/gate.json", "--bogus"], io(dir).io)).rejects.toThrow(UsageError);
  });
});
