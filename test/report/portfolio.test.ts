// The portfolio: `report --bundles` over many evidence bundles written by `report --out`. Each
// bundle is verified against its manifest; a tampered one is an error that covers no clause.
import { describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { reportCommand } from "../../ci/cli/report-command";
import type { CommandIO } from "../../ci/cli/io";
import { InputError, UsageError } from "../../ci/result/errors";
import type { EvaluateResult, Result } from "../../ci/result/model";
import { renderJson } from "../../ci/report/json";
import { loadBundle } from "../../ci/report/portfolio/load";
import { buildPortfolio, summariseBundle, type Bundle } from "../../ci/report/portfolio/model";
import { renderPortfolioHtml } from "../../ci/report/portfolio/html";
import { CLAUSES } from "../../ci/report/coverage/clauses";
import { evaluateReport, gateFinding, gateReport } from "../github/helpers";

const NOW = new Date("2026-05-04T10:00:00Z");
const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CommandIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd, env: {} };
  return { io: value, out, err };
}

interface Json {
  verdict: string;
  totals: { bundles: number; vendors: number; repositories: number; stacks: number; byVerdict: Record<string, number> };
  vendors: { vendor: string | null; verdict: string; repositories: { repository: string; verdict: string; problems: string[]; change: { previous: string | null; newFindings: number; fixedFindings: number } | null; clauses: Record<string, string> }[] }[];
  clauses: { id: string; counts: Record<string, number>; byVendor: string[] }[];
  waivers: Record<"expired" | "within30" | "within90", { id: string; repository: string; daysLeft: number }[]>;
  changes: { compared: boolean; removed: { repository: string }[] };
}

/** Writes one bundle the way the evidence job does: results on disk, then `report --out`. */
async function bundle(root: string, name: string, opts: { vendor?: string; repository?: string; gate?: Result; evaluate?: EvaluateResult[] }): Promise<string> {
  const work = mkdtempSync(join(tmpdir(), "cg-pf-in-"));
  const args: string[] = [];
  if (opts.gate) {
    writeFileSync(join(work, "gate.json"), renderJson(opts.gate));
    args.push("--gate", "gate.json");
  }
  (opts.evaluate ?? []).forEach((e, i) => {
    writeFileSync(join(work, `ev${i}.json`), renderJson(e));
    args.push("--evaluate", `ev${i}.json`);
  });
  if (opts.vendor) args.push("--vendor", opts.vendor);
  if (opts.repository) args.push("--repository", opts.repository);
  const out = join(root, name);
  const t = io(work);
  expect(await reportCommand([...args, "--out", out], t.io)).toBe(0);
  return out;
}

async function portfolio(args: string[], cwd = tmpdir()): Promise<Json> {
  const t = io(cwd);
  expect(await reportCommand([...args, "--format", "json"], t.io)).toBe(0);
  return JSON.parse(t.out.join("")) as Json;
}

// Every gate scanner ran: a clause the gate covers can pass.
const ALL_SCANNERS: Result["scanners"] = ["semgrep", "gitleaks", "clausier-detectors", "advisories"].map((name) => ({ name, version: "1", status: "ok", durationMs: 1, findingCount: 0 }));
const passingGate = () => gateReport(0, { scanners: ALL_SCANNERS });
const blockedGate = () => gateReport(5, { scanners: ALL_SCANNERS });
function evaluateWith(stack: string, findings: EvaluateResult["findings"] = []): EvaluateResult {
  const e = evaluateReport();
  return { ...e, evaluation: { ...e.evaluation, stack }, findings: findings.map((f) => ({ ...f, stack })) };
}

describe("report --bundles (portfolio)", () => {
  it("gives a verdict per vendor, repository and stack, from bundles written by report --out", async () => {
    const root = mkdtempSync(join(tmpdir(), "cg-pf-"));
    await bundle(root, "a", { vendor: "Editeur A", repository: "a/api", gate: passingGate(), evaluate: [evaluateWith("prod", evaluateReport().findings)] });
    await bundle(root, "b", { vendor: "Editeur A", repository: "a/web", gate: blockedGate() });
    // No subject in the manifest: the folder `<vendor>/<repository>` names it.
    await bundle(root, join("Editeur B", "billing"), { gate: passingGate() });
    const j = await portfolio(["--bundles", root]);
    expect(j.totals).toMatchObject({ bundles: 3, vendors: 2, repositories: 3, stacks: 1, byVerdict: { pass: 1, blocked: 2, error: 0 } });
    expect(j.verdict).toBe("blocked");
    const a = j.vendors.find((v) => v.vendor === "Editeur A")!;
    expect(a.verdict).toBe("blocked");
    expect(a.repositories.map((r) => [r.repository, r.verdict])).toEqual([["a/api", "blocked"], ["a/web", "blocked"]]);
    expect(j.vendors.find((v) => v.vendor === "Editeur B")!.repositories[0]).toMatchObject({ repository: "billing", verdict: "pass", problems: [] });
  });

  it("derives the clause matrix from each bundle's coverage: worst status per vendor, repositories counted per status", async () => {
    const root = mkdtempSync(join(tmpdir(), "cg-pf-"));
    await bundle(root, "a", { vendor: "A", repository: "r1", gate: blockedGate() }); // O-12.5.9 failed
    await bundle(root, "b", { vendor: "A", repository: "r2", gate: passingGate() }); // O-12.5.9 passed
    await bundle(root, "c", { vendor: "B", repository: "r3", gate: passingGate() });
    await bundle(root, "d", { vendor: "C", repository: "r4", gate: gateReport(0) }); // detectors did not run
    const j = await portfolio(["--bundles", root]);
    expect(j.clauses).toHaveLength(CLAUSES.length);
    const secrets = j.clauses.find((c) => c.id === "O-12.5.9")!;
    expect(secrets.counts).toMatchObject({ failed: 1, passed: 2, "not-evaluated": 1 });
    expect(secrets.byVendor).toEqual(["failed", "passed", "not-evaluated"]);
    // The gate alone does not evaluate the stacks: a policy-only clause is not passed anywhere.
    const tls = j.clauses.find((c) => c.id === "O-8.1")!;
    expect(tls.counts.passed).toBe(0);
  });

  it("reports a tampered bundle as error that covers no clause, and keeps reading the others", async () => {
    const root = mkdtempSync(join(tmpdir(), "cg-pf-"));
    const bad = await bundle(root, "bad", { vendor: "A", repository: "tampered", gate: blockedGate() });
    await bundle(root, "good", { vendor: "A", repository: "fine", gate: passingGate() });
    // The vendor rewrites its gate result into a pass after the manifest was written.
    writeFileSync(join(bad, "inputs", "gate.json"), renderJson(passingGate()));
    const j = await portfolio(["--bundles", root]);
    const row = j.vendors[0]!.repositories.find((r) => r.repository === "tampered")!;
    expect(row.verdict).toBe("error");
    expect(row.problems.join(" ")).toMatch(/inputs\/gate\.json: does not match its SHA-256/);
    expect(Object.values(row.clauses)).not.toContain("passed");
    expect(j.verdict).toBe("error");
    expect(j.vendors[0]!.repositories.find((r) => r.repository === "fine")!.verdict).toBe("pass");
  });

  it("does not read outside a bundle: '..' paths, missing files and symbolic links", async () => {
    const root = mkdtempSync(join(tmpdir(), "cg-pf-"));
    const b = await bundle(root, "x", { vendor: "A", repository: "x", gate: passingGate() });
    const manifest = JSON.parse(readFileSync(join(b, "manifest.json"), "utf8")) as { files: { path: string; sha256: string }[] };
    manifest.files.push({ path: "../../etc/passwd", sha256: "0" });
    writeFileSync(join(b, "manifest.json"), JSON.stringify(manifest));
    expect(loadBundle(b, root).problems.join(" ")).toMatch(/is not inside the bundle/);

    const elsewhere = mkdtempSync(join(tmpdir(), "cg-pf-else-"));
    await bundle(elsewhere, "y", { vendor: "A", repository: "linked", gate: blockedGate() });
    const root2 = mkdtempSync(join(tmpdir(), "cg-pf-"));
    symlinkSync(join(elsewhere, "y"), join(root2, "y"));
    const t = io(root2);
    await expect(reportCommand(["--bundles", root2], t.io)).rejects.toThrow(InputError);

    rmSync(join(b, "report.html"));
    expect(loadBundle(b, root).problems.join(" ")).toMatch(/report\.html: listed in the manifest but cannot be read/);
  });

  it("lists waivers expired and expiring within 30 and 90 days", async () => {
    const root = mkdtempSync(join(tmpdir(), "cg-pf-"));
    const waived = (id: string, expires: string) => gateFinding({
      rule: "sast-crypto", clauses: ["O-8.3"], file: "a.ts", line: 1, fingerprint: id, scanner: "semgrep",
      waived: { id, cctpReference: "CCTP §4", approvedBy: "rssi@chu.example", expires, reason: "r" },
    });
    await bundle(root, "a", { vendor: "A", repository: "r", gate: gateReport(0, { findings: [waived("W-past", day(-3)), waived("W-10", day(10)), waived("W-60", day(60)), waived("W-200", day(200))] }) });
    const j = await portfolio(["--bundles", root]);
    expect(j.waivers.expired.map((w) => w.id)).toEqual(["W-past"]);
    expect(j.waivers.within30.map((w) => [w.id, w.daysLeft])).toEqual([["W-10", 10]]);
    expect(j.waivers.within90.map((w) => w.id)).toEqual(["W-60"]);
  });

  it("tells what changed since the previous bundles: verdicts, new and fixed findings, new and removed repositories", async () => {
    const before = mkdtempSync(join(tmpdir(), "cg-pf-before-"));
    const after = mkdtempSync(join(tmpdir(), "cg-pf-after-"));
    await bundle(before, "a", { vendor: "A", repository: "fixed", gate: blockedGate() });
    await bundle(before, "b", { vendor: "A", repository: "gone", gate: passingGate() });
    await bundle(before, "c", { vendor: "A", repository: "worse", gate: gateReport(2) });
    await bundle(after, "a", { vendor: "A", repository: "fixed", gate: passingGate() });
    await bundle(after, "c", { vendor: "A", repository: "worse", gate: gateReport(4) });
    await bundle(after, "d", { vendor: "A", repository: "new", gate: passingGate() });
    const j = await portfolio(["--bundles", after, "--previous", before]);
    const rows = Object.fromEntries(j.vendors[0]!.repositories.map((r) => [r.repository, r.change]));
    expect(rows.fixed).toEqual({ previous: "blocked", newFindings: 0, fixedFindings: 5 });
    expect(rows.worse).toEqual({ previous: "blocked", newFindings: 2, fixedFindings: 0 });
    expect(rows.new).toEqual({ previous: null, newFindings: 0, fixedFindings: 0 });
    expect(j.changes).toEqual({ compared: true, removed: [{ vendor: "A", repository: "gone" }] });
  });

  it("keeps the newest bundle of a repository and says how many it replaces", () => {
    const b = (generatedAt: string, gate: Result): Bundle => ({ path: generatedAt, subject: { vendor: "A", repository: "r" }, generatedAt, commit: null, gate, evaluate: [], problems: [] });
    const m = buildPortfolio({ current: [b("2026-05-02T00:00:00Z", passingGate()), b("2026-05-01T00:00:00Z", blockedGate())].map((x) => summariseBundle(x, NOW)), now: NOW });
    expect(m.vendors[0]!.repositories).toHaveLength(1);
    expect(m.vendors[0]!.repositories[0]).toMatchObject({ verdict: "pass", superseded: 1 });
  });

  it("escapes and redacts bundle text in the HTML page", () => {
    const gate = gateReport(0, { findings: [gateFinding({ rule: "secrets-default", clauses: ["O-12.5.9"], severity: "critical", file: "a.ts", line: 1, fingerprint: "z", message: "AKIAIOSFODNN7EXAMPLE" })] });
    const m = buildPortfolio({
      current: [summariseBundle({ path: "x", subject: { vendor: "<script>alert(1)</script>", repository: "repo AKIAIOSFODNN7EXAMPLE" }, generatedAt: "2026-05-01T00:00:00Z", commit: null, gate, evaluate: [], problems: [] }, NOW)],
      now: NOW,
    });
    const html = renderPortfolioHtml(m, "fr");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
    expect(html).not.toContain("AKIAIOSFODNN7EXAMPLE");
    expect(html.match(/<tr data-clause=/g)).toHaveLength(CLAUSES.length);
  });

  it("rejects bad input with a message naming it", async () => {
    const empty = mkdtempSync(join(tmpdir(), "cg-pf-empty-"));
    mkdirSync(join(empty, "nothing-here"));
    const t = io(empty);
    await expect(reportCommand(["--bundles", empty], t.io)).rejects.toThrow(/no evidence bundle .* under/);
    await expect(reportCommand(["--bundles", join(empty, "missing")], t.io)).rejects.toThrow(/cannot read the --bundles folder/);
    await expect(reportCommand(["--bundles", empty, "--gate", "g.json"], t.io)).rejects.toThrow(UsageError);
    await expect(reportCommand(["--previous", empty], t.io)).rejects.toThrow(/give --bundles too/);
    // A bundle whose manifest is not JSON is listed as an error, not a crash.
    mkdirSync(join(empty, "broken"));
    writeFileSync(join(empty, "broken", "manifest.json"), "{nope");
    const j = await portfolio(["--bundles", empty]);
    expect(j.vendors[0]!.repositories[0]).toMatchObject({ repository: "broken", verdict: "error" });
    expect(j.vendors[0]!.repositories[0]!.problems[0]).toMatch(/manifest\.json is not valid JSON/);
  });
});
