import { describe, expect, it } from "vitest";
import { runGate } from "../../../ci/gate/gate";
import { decideVerdict, gateEnforcement } from "../../../ci/result/model";
import { fakeScanner, finding, NOW, profile, rawScanner, selection } from "./helpers";

const gate = (scanners: Parameters<typeof runGate>[0]["scanners"], extra: Partial<Parameters<typeof runGate>[0]> = {}) =>
  runGate({ root: "/nonexistent", profile: profile(), scanners, now: NOW, selection: selection(), ...extra });

describe("verdict", () => {
  it("passes with no findings (exit 0)", async () => {
    const { report } = await gate([fakeScanner("a"), fakeScanner("b")]);
    expect(report.verdict).toBe("pass");
    expect(report.exitCode).toBe(0);
    expect(report.scanners.map((s) => s.status)).toEqual(["ok", "ok"]);
  });

  it("passes when findings are below the profile's blockAt", async () => {
    const { report } = await gate([fakeScanner("a", [finding({ severity: "medium" })])]);
    expect(report.verdict).toBe("pass");
    expect(report.findings).toHaveLength(1);
  });

  it("blocks on a finding at or above blockAt (exit 1)", async () => {
    const { report } = await gate([fakeScanner("a", [finding({ severity: "high" })])]);
    expect(report.verdict).toBe("blocked");
    expect(report.exitCode).toBe(1);
  });

  it("follows profile.gate.blockAt", async () => {
    const { report } = await gate([fakeScanner("a", [finding({ severity: "medium" })])], { profile: profile({ gate: { blockAt: "medium" } }) });
    expect(report.verdict).toBe("blocked");
    expect(report.blockAt).toBe("medium");
  });

  it("blocks on what the threshold makes mandatory, never on an advisory note or a disabled finding", async () => {
    expect((await gate([fakeScanner("a", [finding({ enforcementLevel: "mandatory" })])])).report.verdict).toBe("blocked");
    const advisory = (await gate([fakeScanner("a", [finding({ enforcementLevel: "advisory" })])])).report;
    expect(advisory.verdict).toBe("pass");
    expect(advisory.findings[0].enforcementLevel).toBe("advisory");
    expect((await gate([fakeScanner("a", [finding({ enforcementLevel: "disabled" })])])).report.verdict).toBe("pass");
  });

  it("is an error when a scanner failed, even with blocking findings elsewhere (exit 2)", async () => {
    const { report } = await gate([
      fakeScanner("a", [finding({ severity: "critical" })]),
      fakeScanner("b", [], { status: "failed", reason: "semgrep exited 7" }),
    ]);
    expect(report.verdict).toBe("error");
    expect(report.exitCode).toBe(2);
    expect(report.findings).toHaveLength(1); // still shown
    expect(report.scanners[1]).toMatchObject({ status: "failed", reason: "semgrep exited 7" });
  });

  it("keeps the findings of a failed scanner visible", async () => {
    const { report } = await gate([fakeScanner("a", [finding()], { status: "failed", reason: "partial" })]);
    expect(report.verdict).toBe("error");
    expect(report.findings).toHaveLength(1);
  });

  it("turns a timeout into a failed scanner and aborts its signal", async () => {
    let aborted = false;
    const slow = rawScanner("slow", (input) => new Promise(() => { input.signal.addEventListener("abort", () => { aborted = true; }); }));
    const t0 = Date.now();
    const { report } = await gate([slow, fakeScanner("fast", [finding({ severity: "low" })])], { timeoutMs: 150 });
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(report.verdict).toBe("error");
    const s = report.scanners.find((x) => x.name === "slow")!;
    expect(s.status).toBe("failed");
    expect(s.reason).toMatch(/timed out/);
    expect(aborted).toBe(true);
  });

  it("uses profile.gate.timeoutSeconds by default", async () => {
    const slow = rawScanner("slow", () => new Promise(() => undefined));
    // timeoutSeconds has a minimum of 1 s in the schema.
    const { report } = await gate([slow], { profile: profile({ gate: { timeoutSeconds: 1 } }) });
    expect(report.scanners[0].reason).toMatch(/timed out after 1 s/);
  });

  it("turns a throwing scanner (sync or async) into a failed scanner", async () => {
    const sync = rawScanner("sync", () => { throw new Error("boom\nstack line"); });
    const async_ = rawScanner("async", async () => { throw new TypeError("kaput"); });
    const { report } = await gate([sync, async_, fakeScanner("ok")]);
    expect(report.verdict).toBe("error");
    expect(report.scanners.map((s) => [s.name, s.status, s.reason])).toEqual([
      ["sync", "failed", "crashed: boom"],
      ["async", "failed", "crashed: kaput"],
      ["ok", "ok", undefined],
    ]);
  });

  it("rejects garbage results (fail closed)", async () => {
    const cases: unknown[] = [
      undefined, null, 42, "ok", {},
      { name: "g", version: "1", status: "fine", durationMs: 1, findings: [] },
      { name: "g", version: "1", status: "ok", durationMs: 1, findings: "none" },
      { name: "g", version: "1", status: "ok", durationMs: 1, findings: [{ rule: "x", severity: "urgent", clauses: [], message: "m" }] },
      { name: "g", version: "1", status: "ok", durationMs: 1, findings: [{ rule: "x", severity: "low", clauses: "O-1", message: "m" }] },
      { name: "g", version: "1", status: "ok", durationMs: 1, findings: [{ rule: "x", severity: "low", clauses: [], message: "m", line: -1 }] },
    ];
    for (const c of cases) {
      const { report } = await gate([rawScanner("g", async () => c)]);
      expect(report.verdict, JSON.stringify(c)).toBe("error");
      expect(report.scanners[0].status).toBe("failed");
      expect(report.scanners[0].reason).toMatch(/instead of a result|invalid data/);
    }
  });

  it("keeps the valid findings of a result that also holds garbage", async () => {
    const { report } = await gate([rawScanner("g", async () => ({
      name: "g", version: "1", status: "ok", durationMs: 1,
      findings: [finding(), { rule: "x", severity: "bad", clauses: [], message: "m" }],
    }))]);
    expect(report.verdict).toBe("error");
    expect(report.findings).toHaveLength(1);
  });

  it("never passes silently with a not-evaluated scanner: verdict pass, gap listed with its reason", async () => {
    const { report } = await gate([fakeScanner("vulns", [], { status: "not-evaluated", reason: "advisories unreachable" })]);
    expect(report.verdict).toBe("pass");
    expect(report.scanners[0]).toMatchObject({ status: "not-evaluated", reason: "advisories unreachable" });
  });

  it("gives a not-evaluated scanner without a reason a reason", async () => {
    const { report } = await gate([fakeScanner("vulns", [], { status: "not-evaluated" })]);
    expect(report.scanners[0].reason).toBe("no reason given by the scanner");
  });

  it("runs scanners in parallel", async () => {
    const t0 = Date.now();
    await gate([fakeScanner("a", [], {}, 300), fakeScanner("b", [], {}, 300), fakeScanner("c", [], {}, 300)]);
    expect(Date.now() - t0).toBeLessThan(800);
  });

  it("passes each scanner the file list, base, profile and a signal", async () => {
    const s = fakeScanner("a");
    await gate([s], { selection: selection(["x.ts", "y.ts"]) });
    expect(s.inputs[0].files).toEqual(["x.ts", "y.ts"]);
    expect(s.inputs[0].signal).toBeInstanceOf(AbortSignal);
    expect(s.inputs[0].now).toBe(NOW);
  });

  it("dedups by fingerprint, keeping the most severe", async () => {
    const { report } = await gate([
      fakeScanner("a", [finding({ fingerprint: "fp1", severity: "medium" })]),
      fakeScanner("b", [finding({ fingerprint: "fp1", severity: "critical", scanner: "b" }), finding({ fingerprint: "fp2" })]),
    ]);
    expect(report.findings.map((f) => [f.fingerprint, f.severity])).toEqual([["fp1", "critical"], ["fp2", "high"]]);
  });

  it("fingerprints findings that come without one, stably", async () => {
    const a = await gate([fakeScanner("a", [finding()])]);
    const b = await gate([fakeScanner("a", [finding()])]);
    expect(a.report.findings[0].fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(a.report.findings[0].fingerprint).toBe(b.report.findings[0].fingerprint);
  });

  it("keeps two findings whose fingerprints differ only by a secret, without printing it", async () => {
    const { report } = await gate([fakeScanner("a", [
      finding({ fingerprint: "app.ts:3:AAAA-secret-one", message: { fr: "m1", en: "m1" } }),
      finding({ fingerprint: "app.ts:3:BBBB-secret-two", message: { fr: "m2", en: "m2" } }),
    ], { secrets: ["AAAA-secret-one", "BBBB-secret-two"] })]);
    expect(report.findings).toHaveLength(2);
    expect(JSON.stringify(report)).not.toMatch(/secret-(one|two)/);
  });

  it("makes absolute and ./ paths repository-relative", async () => {
    const { report } = await gate([fakeScanner("a", [finding({ file: "/nonexistent/src/x.ts" }), finding({ file: "./src/y.ts" })])]);
    expect(report.findings.map((f) => f.file).sort()).toEqual(["src/x.ts", "src/y.ts"]);
  });

  it("drops findings in files excluded by --exclude or the profile, and only those (testdata/ is the vendor's)", async () => {
    const scanner = fakeScanner("a", [finding({ file: "scanners/gitleaks/testdata/key.pem" }), finding({ file: "vendor/x/index.js" }), finding({ file: "gen/a.ts" })]);
    const { report } = await gate([scanner], { excludes: ["vendor/"], profile: profile({ gate: { exclude: ["gen/**"] } }) });
    expect(report.findings.map((f) => f.file)).toEqual(["scanners/gitleaks/testdata/key.pem"]);
    expect(report.verdict).toBe("blocked");
  });

  it("an undecodable file name is not scanned: a finding, and the verdict is error unless the profile allows the path", async () => {
    const sel = { selection: { ...selection(), undecodableNames: ["bad\\xE9.txt"] } };
    const { report } = await gate([fakeScanner("a")], sel);
    expect(report.findings[0]).toMatchObject({ rule: "clausier-gate-file-not-scanned", file: "bad\\xE9.txt", severity: "high" });
    expect(report.verdict).toBe("error");
    expect(report.scanners.find((s) => s.name === "clausier-guard")).toMatchObject({ status: "failed", reason: expect.stringMatching(/1 file\(s\) not scanned.*bad\\xE9\.txt/) });
    const allowed = await gate([fakeScanner("a")], { ...sel, profile: profile({ gate: { notScannedAllowed: ["bad*.txt"] } }) });
    expect(allowed.report.verdict).toBe("pass");
    expect(allowed.report.findings[0]).toMatchObject({ rule: "clausier-gate-file-not-scanned", enforcementLevel: "advisory" });
  });

  it("decideVerdict: error beats blocked beats pass", () => {
    const f = [finding()];
    expect(decideVerdict(f, [{ status: "failed" }]).verdict).toBe("error");
    expect(decideVerdict(f, [{ status: "not-evaluated" }]).verdict).toBe("blocked");
    expect(decideVerdict([], [{ status: "not-evaluated" }])).toEqual({ verdict: "pass", exitCode: 0 });
    expect(decideVerdict([finding({ enforcementLevel: "advisory" })], []).exitCode).toBe(0);
  });

  it("gateEnforcement: blockAt decides what a mandatory finding does; an advisory note, a waiver or 'disabled' never blocks", () => {
    expect(gateEnforcement(finding({ severity: "low" }), "low")).toBe("mandatory");
    expect(gateEnforcement(finding({ severity: "medium" }), "high")).toBe("advisory");
    expect(gateEnforcement(finding({ waived: { id: "D", cctpReference: "", approvedBy: "", expires: "", reason: "" } }), "low")).toBe("advisory");
    expect(gateEnforcement(finding({ enforcementLevel: "disabled", severity: "critical" }), "low")).toBe("disabled");
    expect(gateEnforcement(finding({ enforcementLevel: "advisory", severity: "critical" }), "low")).toBe("advisory");
  });
});
