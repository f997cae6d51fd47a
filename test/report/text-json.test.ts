import { describe, expect, it } from "vitest";
import { parseGateReport } from "../../ci/report/coverage/inputs";
import { renderJson } from "../../ci/report/json";
import { FORMATS, render } from "../../ci/report/render";
import { bilingualText, messageText } from "../../ci/result/model";
import { renderText } from "../../ci/report/text";
import { f, sampleReport } from "./fixtures";

describe("gate JSON", () => {
  const json = JSON.parse(renderJson(sampleReport()));

  it("has the documented shape", () => {
    expect(json.verdict).toBe("blocked");
    expect(Object.keys(json.findings[0]).slice(0, 9)).toEqual(["scanner", "rule", "clauses", "severity", "file", "line", "message", "fingerprint", "waived"]);
    expect(json.findings[0]).toMatchObject({ scanner: "semgrep", file: "src/app.ts", line: 12, waived: false, blocking: true, message: { fr: "MD5 utilisé pour un jeton", en: "MD5 used for a token" } });
    // Enforcement and blocking agree: an advisory finding never reads as blocking.
    expect(json.findings.map((x: { enforcementLevel: string; blocking: boolean }) => [x.enforcementLevel, x.blocking])).toEqual([["mandatory", true], ["advisory", false], ["mandatory", false], ["mandatory", true]]);
    expect(json.findings[3]).toMatchObject({ scanner: "", file: null, line: null, resource: { name: "data" } });
    expect(json.findings[2].waived).toMatchObject({ id: "DER-7", cctpReference: "CCTP art. 12" });
    expect(json.scanners[0]).toEqual({ name: "semgrep", version: "1.99.0", status: "ok", durationMs: 1234, findingCount: 2 });
    expect(json.scanners[2].reason).toContain("unreachable");
  });

  it("carries the extras: tool, base, generatedAt, not-evaluated list", () => {
    expect(json).toMatchObject({ tool: { name: "clausier-guard", version: "0.1.0" }, base: "origin/main", generatedAt: "2026-03-01T12:00:00.000Z", exitCode: 1, blockAt: "high" });
    expect(json.notEvaluated).toEqual([{ name: "vulns", reason: "advisory database unreachable (registry mirror filtered)" }]);
  });

  it("is readable by the report command's parser", () => {
    const parsed = parseGateReport(json, "gate.json");
    expect(parsed.findings).toHaveLength(4);
    expect(parsed.findings[3].file).toBeUndefined();
  });
});

describe("console text", () => {
  it("is French by default: verdict first, grouped by clause, waived apart, scanners last", () => {
    const t = renderText(sampleReport());
    const lines = t.split("\n");
    expect(lines[1]).toBe("Verdict : BLOQUÉ — 2 constats bloquants (seuil : élevée) [code de sortie 1] — non évalué : vulns");
    expect(t).toContain("  ! non évalué : vulns — advisory database unreachable");
    expect(t.indexOf("O-8.2 (1)")).toBeLessThan(t.indexOf("O-12.5.7 (1)"));
    expect(t).toContain("      [O-12.5.7] MD5 utilisé pour un jeton");
    expect(t).not.toContain("EN: MD5");
    expect(t).toMatch(/Constats couverts par une dérogation \(1\)\n  \[dérogation DER-7\] moyenne · secret-pem-cert · certs\/ca\.crt/);
    expect(t).toContain("urn:pulumi:prod::app::aws:s3/bucket:Bucket::data");
    expect(t.indexOf("Analyseurs :")).toBeGreaterThan(t.indexOf("dérogation DER-7"));
  });

  it("speaks English with --lang en", () => {
    const t = renderText(sampleReport(), { lang: "en" });
    expect(t).toContain("Verdict: BLOCKED — 2 blocking findings (threshold: high)");
    expect(t).toContain("[O-12.5.7] MD5 used for a token");
    expect(t).toContain("vulns 0.1.0 — not evaluated — 0.0 s — advisory database unreachable");
  });

  it("shows a pass with gaps as such, and an error with the failing scanner", () => {
    const pass = renderText(sampleReport({ verdict: "pass", exitCode: 0, findings: [] }), { lang: "en" });
    expect(pass).toMatch(/Verdict: PASS — 0 blocking findings .* — not evaluated: vulns/);
    const err = renderText(sampleReport({ verdict: "error", exitCode: 2, scanners: [{ name: "semgrep", version: "?", status: "failed", durationMs: 0, reason: "timed out", findingCount: 0 }] }));
    expect(err).toContain("Verdict : ERREUR — analyse incomplète");
    expect(err).toContain("✗ analyseur en échec : semgrep — timed out");
  });

  it("neutralises terminal escapes from the repository", () => {
    const t = renderText(sampleReport({ findings: [f({ message: { fr: "x\u001b[2Jcleared\nnewline", en: "x\u001b[2Jcleared\nnewline" } })] }));
    expect(t).not.toContain("\u001b");
    expect(t).toContain("x\uFFFD[2Jcleared newline");
  });

  it("adds the clause prefix only when rendering, in one language or both", () => {
    const x = { clauses: ["O-1", "O-2"], message: { fr: "un", en: "one" } };
    expect(messageText(x, "en")).toBe("[O-1, O-2] one");
    expect(messageText(x, "fr")).toBe("[O-1, O-2] un");
    expect(bilingualText(x)).toBe("[O-1, O-2] un — EN: one");
    expect(messageText({ clauses: [], message: { fr: "brut", en: "plain" } }, "en")).toBe("plain");
  });
});

describe("every output", () => {
  it("lists a not-evaluated scanner with its reason, and a failed one with its reason", () => {
    const report = sampleReport({
      verdict: "error", exitCode: 2,
      scanners: [...sampleReport().scanners, { name: "gitleaks", version: "8.30.1", status: "failed", durationMs: 1, reason: "binary missing", findingCount: 0 }],
    });
    for (const format of FORMATS) {
      const out = render(format, report);
      expect(out, format).toContain("advisory database unreachable");
      expect(out, format).toContain("binary missing");
    }
  });
});
