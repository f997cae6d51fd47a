// Case 2 (issue 11): waivers a vendor could slip in to waive everything, for ever.
import { describe, expect, it } from "vitest";
import { runGate } from "../../ci/gate/gate";
import { ProfileError } from "../../policies/core/profile";
import { waiverProblems } from "../../policies/core/waivers";
import { fakeScanner, finding, NOW, profile, selection } from "../gate/core/helpers";

const waiver = (over: Record<string, unknown> = {}) => ({
  id: "DER-9", policies: ["sast-crypto-md5"], files: ["src/*"], reason: "r", cctpReference: "CCTP §4.2",
  approvedBy: "rssi@chu.example", expires: "2026-06-30", ...over,
});
const secret = finding({ rule: "aws-access-token", severity: "critical", scanner: "gitleaks" });

const gate = (waivers: unknown[], extra: Record<string, unknown> = {}) =>
  runGate({
    root: "/nonexistent", scanners: [fakeScanner("gitleaks", [secret])], now: NOW, selection: selection(),
    profile: profile({ approvers: ["rssi@chu.example"], waivers, ...extra }),
  }).then((r) => r.report);

describe("waivers: impossible dates are profile errors naming the waiver", () => {
  it.each(["2026-99-99", "2024-13-45", "9999-02-30", "2026-02-29", "2026-04-31"])("expires %s", (expires) => {
    expect(() => profile({ approvers: ["rssi@chu.example"], waivers: [waiver({ expires })] })).toThrow(ProfileError);
    expect(() => profile({ waivers: [waiver({ expires })] })).toThrow(new RegExp(`waivers: DER-9: expires ${expires} is not a calendar date`));
  });
  it("a real leap day is a date", () => {
    expect(profile({ waivers: [waiver({ expires: "2028-02-29" })] }).waivers[0].expires).toBe("2028-02-29");
  });
});

describe("waivers: catch-all and too-long waivers are hygiene findings that block", () => {
  it.each([
    [{ policies: ["*"] }, /covers everything \(policies: \*\)/],
    [{ policies: ["**"] }, /covers everything \(policies: \*\*\)/],
    [{ policies: ["?*"] }, /covers everything/],
    [{ policies: ["sast-crypto-md5"], files: ["**"] }, /covers everything \(files: \*\*\)/],
  ])("%j", async (over, message) => {
    const r = await gate([waiver({ ...over, files: (over as { files?: string[] }).files ?? [] })]);
    const h = r.findings.filter((f) => f.rule === "clausier-derogations-hygiene" && /covers everything/.test(f.message.en));
    expect(h).toHaveLength(1);
    expect(h[0].message.en).toMatch(message);
    expect(h[0].severity).toBe("high");
    expect(r.verdict).toBe("blocked");
  });

  it("a self-approved `policies: [*]` waiver until 9999-12-31 does not make a leaked key pass", async () => {
    const r = await gate([waiver({ policies: ["*"], files: [], expires: "9999-12-31" })]);
    expect(r.verdict).toBe("blocked");
    const messages = r.findings.filter((f) => f.rule === "clausier-derogations-hygiene").map((f) => f.message.en).join("\n");
    expect(messages).toMatch(/covers everything/);
    expect(messages).toMatch(/expires on 9999-12-31, in \d+ days: beyond the profile's maximum \(waiverMaxDays: 365\)/);
  });

  it("waiverMaxDays bounds the expiry (default 365), and the profile can change it", async () => {
    const far = waiver({ policies: ["aws-access-token"], files: [], expires: "2027-06-30" });
    expect((await gate([far])).verdict).toBe("blocked");
    const r = await gate([far], { waiverMaxDays: 730 });
    expect(r.verdict).toBe("pass");
    expect(r.findings[0].waived?.id).toBe("DER-9");
  });

  it("the policy pack sees the same problems (one waiver mechanism)", () => {
    const p = profile({ approvers: ["rssi@chu.example"], waivers: [waiver({ policies: ["*"], expires: "9999-12-31" })] });
    expect(waiverProblems(p, new Set(["DER-9"]), NOW).map((x) => x.problem)).toEqual(["catch-all", "too-long"]);
  });

  it("pack: a waiver on every resource (`*`, `urn:*`) is catch-all too", () => {
    for (const resources of [["*"], ["urn:pulumi:*"], ["URN:*"]]) {
      const p = profile({ approvers: ["rssi@chu.example"], waivers: [waiver({ resources })] });
      expect(waiverProblems(p, new Set(["DER-9"]), NOW).map((x) => x.message.en)).toEqual([expect.stringMatching(/covers everything \(resources: /)]);
    }
  });

  it("a precise waiver within the maximum is no problem", () => {
    const p = profile({ approvers: ["rssi@chu.example"], waivers: [waiver({ resources: ["legacy-*"], stacks: ["prod*"] })] });
    expect(waiverProblems(p, new Set(["DER-9"]), NOW)).toEqual([]);
  });
});
