// Every rule, policy and detector carries its clause ids, a severity, French and English texts and
// a remediation hint; `catalog` prints them all (text and JSON).
import { describe, expect, it } from "vitest";
import { cli } from "../evaluate/cli-helpers";

interface Entry { kind: string; name: string; clauses: string[]; severity: string; description: { fr: string; en: string }; remediation: { fr: string; en: string } }

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
});
