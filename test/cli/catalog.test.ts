// Every rule, policy and detector carries its clause ids, a severity, French and English texts and
// a remediation hint; `catalog` prints them all (text and JSON).
import { describe, expect, it } from "vitest";
import { cli } from "../evaluate/cli-helpers";

interface Entry { kind: string; name: string; scanner?: string; clauses: string[]; severity: string; basis: { kind: string; text?: string; key?: string } | null; description: { fr: string; en: string }; remediation: { fr: string; en: string } }

describe("catalog", () => {
  it("lists every policy and gate rule with complete metadata", async () => {
    const r = await cli(["catalog", "--format", "json"]);
    expect(r.code).toBe(0);
    const entries = JSON.parse(r.stdout) as Entry[];
    const kinds = new Set(entries.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(["gate", "resource", "stack"]);
    expect(entries.filter((e) => e.kind !== "gate").length).toBeGreaterThanOrEqual(150);
    expect(entries.filter((e) => e.name.startsWith("semgrep/")).length).toBeGreaterThanOrEqual(30);
    expect(entries.filter((e) => e.name.startsWith("gitleaks/")).length).toBeGreaterThanOrEqual(8);
    expect(new Set(entries.map((e) => e.name)).size).toBe(entries.length);
    for (const e of entries) {
      expect(e.clauses.length, e.name).toBeGreaterThan(0);
      for (const c of e.clauses) expect(c, e.name).toMatch(/^O-\d+(\.\d+)*$/);
      expect(["critical", "high", "medium", "low"], e.name).toContain(e.severity);
      for (const t of [e.description.fr, e.description.en, e.remediation.fr, e.remediation.en]) expect(t.trim().length, e.name).toBeGreaterThan(10);
    }
  });
  it("prints a readable text list in French or English", async () => {
    const fr = await cli(["catalog"]);
    const en = await cli(["catalog", "--lang", "en"]);
    expect(fr.stdout).toMatch(/^\d+ règles\n/);
    expect(en.stdout).toMatch(/^\d+ rules\n/);
    expect(fr.stdout).toContain("aws-resource-region-allowed\n  resource · O-12.3.2 · high");
    expect(await cli(["catalog", "--format", "yaml"])).toMatchObject({ code: 2 });
  });
  it("shows each rule's basis: every policy, gate rule and detector has one", async () => {
    const entries = JSON.parse((await cli(["catalog", "--format", "json"])).stdout) as Entry[];
    const byName = new Map(entries.map((e) => [e.name, e]));
    expect(byName.get("testdata-nir")?.basis).toMatchObject({ kind: "clause", text: expect.stringContaining("anonymisation") });
    expect(byName.get("github-commit-signature-verified")?.basis).toEqual({ kind: "profile", key: "gate.commitSignatures" });
    expect(byName.get("gitleaks/jwt-token")?.basis).toMatchObject({ kind: "clause", text: expect.stringContaining("jeton") });
    expect(byName.get("security-lint-suppressions")?.basis).toEqual({ kind: "practice" });
    for (const e of entries) expect(["clause", "profile", "practice"], e.name).toContain(e.basis?.kind);
    expect(byName.get("semgrep/sql-injection-string-query")?.basis).toMatchObject({ kind: "clause", text: expect.stringContaining("OWASP") });
    expect(byName.get("semgrep/express-x-powered-by-enabled")?.basis).toEqual({ kind: "practice" });
    const fr = (await cli(["catalog"])).stdout;
    const en = (await cli(["catalog", "--lang", "en"])).stdout;
    expect(fr).toContain("install-scripts-allowlist\n  gate · O-12.5.6 · medium · P · dev-provider\n  fondement : profil: gate.installScriptsAllowlist\n");
    expect(en).toContain("security-lint-suppressions\n  gate · O-12.5.7 · low · C · dev-provider\n  basis: good practice\n");
    expect(fr.split("\n").filter((l) => l === "  fondement : —")).toEqual([]);
  });
});
