import { describe, expect, it } from "vitest";
import { bilingualText } from "../../../ci/result/model";
import { runGate } from "../../../ci/gate/gate";
import { fakeScanner, finding, NOW, profile, selection } from "./helpers";

const waiver = (over: Record<string, unknown> = {}) => ({
  id: "DER-1", policies: ["sast-crypto-*"], files: ["src/*"], reason: "legacy checksum, not security", cctpReference: "CCTP §4.2",
  approvedBy: "rssi@chu.example", expires: "2026-12-31", ...over,
});

const run = (waivers: unknown[], findings = [finding()], extra: Record<string, unknown> = {}) =>
  runGate({
    root: "/nonexistent", scanners: [fakeScanner("semgrep", findings)], now: NOW, selection: selection(), profileFile: "clausier.yaml",
    profile: profile({ approvers: ["rssi@chu.example"], waivers, ...extra }),
  }).then((r) => r.report);

const hygiene = (r: Awaited<ReturnType<typeof run>>) => r.findings.filter((f) => f.rule === "clausier-derogations-hygiene");

describe("dérogations in the gate", () => {
  it("a valid waiver marks the finding waived (kept visible) and it no longer blocks", async () => {
    const r = await run([waiver()]);
    expect(r.verdict).toBe("pass");
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0].waived).toEqual({ id: "DER-1", cctpReference: "CCTP §4.2", approvedBy: "rssi@chu.example", expires: "2026-12-31", reason: "legacy checksum, not security" });
    expect(hygiene(r)).toEqual([]);
  });

  it("matches by clause as well as by rule id", async () => {
    const r = await run([waiver({ policies: [], clauses: ["O-12.5.7"] })]);
    expect(r.findings[0].waived?.id).toBe("DER-1");
  });

  it("respects the files scope", async () => {
    const r = await run([waiver({ files: ["lib/*"] })]);
    expect(r.verdict).toBe("blocked");
    expect(r.findings[0].waived).toBeUndefined();
    expect(hygiene(r).map((f) => f.message.fr)).toEqual([expect.stringContaining("ne correspond à aucun constat")]);
  });

  it("an expired waiver waives nothing: the finding blocks and a hygiene finding is added", async () => {
    const r = await run([waiver({ expires: "2026-01-31" })]);
    expect(r.verdict).toBe("blocked");
    expect(r.findings.find((f) => f.rule === "sast-crypto-md5")!.waived).toBeUndefined();
    const h = hygiene(r);
    expect(h).toHaveLength(1);
    expect(h[0]).toMatchObject({ clauses: ["O-12.5.1"], severity: "medium", file: "clausier.yaml", scanner: "clausier-guard" });
    expect(bilingualText(h[0])).toMatch(/^\[O-12\.5\.1\] .*a expiré le 2026-01-31/);
  });

  it("a waiver is valid through its expiry day", async () => {
    expect((await run([waiver({ expires: "2026-03-01" })])).verdict).toBe("pass");
  });

  it("an unknown approver waives nothing and is reported", async () => {
    const r = await run([waiver({ approvedBy: "dev@vendor.example" })]);
    expect(r.verdict).toBe("blocked");
    expect(hygiene(r)[0].message.fr).toContain("dev@vendor.example");
  });

  it("an unused gate waiver is reported", async () => {
    const r = await run([waiver(), waiver({ id: "DER-2", policies: ["secret-*"] })]);
    expect(r.verdict).toBe("pass");
    const h = hygiene(r);
    expect(h).toHaveLength(1);
    expect(h[0].message.fr).toContain("DER-2");
  });

  it("hygiene findings block when blockAt is medium", async () => {
    const r = await run([waiver({ expires: "2020-01-01" })], [], { gate: { blockAt: "medium" } });
    expect(r.verdict).toBe("blocked");
  });

  it("leaves policy-pack waivers (scoped to stacks or resources, or without files) alone", async () => {
    const r = await run([
      waiver({ id: "POL-1", files: [], policies: ["aws-s3-*"], stacks: ["prod"] }),
      waiver({ id: "POL-2", files: [], policies: ["aws-rds-*"] }),
    ]);
    expect(hygiene(r)).toEqual([]);
  });

  it("keeps distinct hygiene findings for distinct waivers", async () => {
    const r = await run([waiver({ id: "A", expires: "2020-01-01" }), waiver({ id: "B", expires: "2020-01-01" })]);
    const prints = hygiene(r).map((f) => f.fingerprint);
    expect(new Set(prints).size).toBe(prints.length);
    expect(prints.length).toBeGreaterThanOrEqual(2);
  });
});
