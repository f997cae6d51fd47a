import { describe, expect, it } from "vitest";
import { stackRules } from "../../../policies/rules/stack";

describe("stack rules catalog", () => {
  it("registers unique names with complete bilingual metadata", () => {
    const names = stackRules.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const r of stackRules) {
      expect(r.clauses.length, r.name).toBeGreaterThan(0);
      for (const c of r.clauses) expect(c, r.name).toMatch(/^O-\d+(\.\d+)+$/);
      for (const t of [r.description, r.remediation]) {
        expect(t.fr.length, r.name).toBeGreaterThan(10);
        expect(t.en.length, r.name).toBeGreaterThan(10);
      }
      expect(["core", "saas", "hosted-admin", "dev-provider", "ai"]).toContain(r.scope);
    }
  });
});
