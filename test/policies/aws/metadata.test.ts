// Catalog hygiene for the AWS and cross-provider rules: clause ids, bilingual texts, unique names,
// and type tokens that exist in the installed @pulumi/aws / @pulumi/azure-native packages.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Rule } from "../../../policies/core/rule";
import { awsRules } from "../../../policies/rules/aws";
import { commonRules } from "../../../policies/rules/common";

/** Printed ids kept as-is (docs/checks.md §0). */
const SIC_IDS = new Set(["O-12.25"]);
const CLAUSE = /^O-[\d.]+$/;

function pulumiTypes(pkgDir: string): Set<string> {
  const out = new Set<string>();
  const walk = (dir: string, depth: number) => {
    for (const e of readdirSync(dir)) {
      const p = join(dir, e);
      if (e === "node_modules" || e === "types") continue;
      if (statSync(p).isDirectory()) {
        if (depth < 2) walk(p, depth + 1);
      } else if (e.endsWith(".js")) {
        for (const m of readFileSync(p, "utf8").matchAll(/__pulumiType = ['"]([^'"]+)['"]/g)) out.add(m[1]);
      }
    }
  };
  walk(pkgDir, 0);
  return out;
}

const tokens = new Set([...pulumiTypes(join(__dirname, "../../../node_modules/@pulumi/aws")), ...pulumiTypes(join(__dirname, "../../../node_modules/@pulumi/azure-native"))]);
const rules: Rule[] = [...awsRules, ...commonRules];

describe("AWS and common rule metadata", () => {
  it("finds the installed provider tokens", () => {
    expect(tokens.has("aws:s3/bucket:Bucket")).toBe(true);
    expect(tokens.has("azure-native:cognitiveservices:Account")).toBe(true);
  });
  it("has unique names", () => {
    const names = rules.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });
  it.each(rules.map((r) => [r.name, r] as const))("%s is complete", (_name, r) => {
    expect(r.clauses.length).toBeGreaterThan(0);
    for (const c of r.clauses) expect(CLAUSE.test(c) || SIC_IDS.has(c), `clause ${c}`).toBe(true);
    for (const t of [r.description, r.remediation]) {
      expect(t.fr.trim()).not.toBe("");
      expect(t.en.trim()).not.toBe("");
    }
    expect(["critical", "high", "medium", "low"]).toContain(r.severity);
    expect(r.family).toMatch(/^[A-K]$/);
  });
  it.each(rules.filter((r) => r.kind === "resource").map((r) => [r.name, r] as const))("%s targets existing tokens", (_name, r) => {
    if (r.kind !== "resource") return;
    expect(r.types.length).toBeGreaterThan(0);
    for (const t of r.types) {
      // Provider resources are typed `pulumi:providers:<pkg>`; the package's Provider class declares `<pkg>`.
      const ok = t.startsWith("pulumi:providers:") ? tokens.has(t.slice("pulumi:providers:".length)) : t.endsWith("*") ? [...tokens].some((x) => x.startsWith(t.slice(0, -1))) : tokens.has(t);
      expect(ok, `token ${t}`).toBe(true);
    }
  });
});
