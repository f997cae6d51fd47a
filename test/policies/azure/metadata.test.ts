import { describe, expect, it } from "vitest";
import { azureRules } from "../../../policies/rules/azure";
import { SCOPES, SEVERITIES } from "../../../policies/core/model";
import { installedAzureTokens } from "./azure-tokens";

const tokens = installedAzureTokens();

describe("Azure rule metadata", () => {
  it("lists rules", () => {
    expect(azureRules.length).toBeGreaterThan(40);
  });
  it("gives every rule a unique name", () => {
    const names = azureRules.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^azure-[a-z0-9-]+$/);
  });
  it.each(azureRules.map((r) => [r.name, r] as const))("%s has clauses, severity, scope and bilingual texts", (_, r) => {
    expect(r.clauses.length).toBeGreaterThan(0);
    for (const c of r.clauses) expect(c).toMatch(/^O-[\d.]+$/);
    expect(SEVERITIES).toContain(r.severity);
    expect([...SCOPES, "core"]).toContain(r.scope);
    expect(r.family).toMatch(/^[A-K]$/);
    for (const t of [r.description, r.remediation]) {
      expect(t.fr.trim().length).toBeGreaterThan(10);
      expect(t.en.trim().length).toBeGreaterThan(10);
      expect(t.fr).not.toBe(t.en);
    }
  });
  it.each(azureRules.map((r) => [r.name, r] as const))("%s names only installed azure-native tokens", (_, r) => {
    expect(r.kind).toBe("resource");
    if (r.kind !== "resource") return;
    for (const t of r.types) {
      if (t === "azure-native:*") continue;
      expect(tokens.has(t), `${t} is not an installed azure-native token`).toBe(true);
    }
  });
});
