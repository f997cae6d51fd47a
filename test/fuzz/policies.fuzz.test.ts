// Property-based fuzzing of every policy: whatever the property bag, a policy reports or stays
// silent; it never throws (a throw would fail the whole `pulumi preview`). Bounded here; the fuzz
// command (bench/fuzz.ts) runs many more cases.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allRules } from "../../policies/rules";
import type { ResourceRule, StackRule } from "../../policies/core/rule";
import { runResourceRule, runStackRule } from "../helpers/policy-harness";
import { propertyBag } from "./arbitraries";

export const FUZZ_RUNS = Number(process.env.CLAUSIER_FUZZ_RUNS ?? 25);

const resourceRules = allRules.filter((r): r is ResourceRule => r.kind === "resource");
const stackRules = allRules.filter((r): r is StackRule => r.kind === "stack");

function concreteType(t: string): string {
  return t.endsWith("*") ? `${t.slice(0, -1)}fuzz:Fuzz` : t;
}

describe("fuzzing resource policies", () => {
  it("has rules to fuzz", () => expect(resourceRules.length).toBeGreaterThan(0));
  for (const rule of resourceRules) {
    it(`${rule.name} never throws`, () => {
      fc.assert(fc.property(fc.constantFrom(...rule.types), propertyBag, fc.option(propertyBag), fc.constantFrom("prod", "dev-x", ""), (t, props, providerProps, stack) => {
        const out = runResourceRule(rule, { type: concreteType(t), props, provider: providerProps ? { props: providerProps } : undefined, stack });
        for (const v of out) expect(v.message).toMatch(/^\[/);
      }), { numRuns: FUZZ_RUNS });
    });
  }
});

describe("fuzzing stack policies", () => {
  const types = [...new Set(resourceRules.flatMap((r) => r.types.map(concreteType)))];
  for (const rule of stackRules) {
    it(`${rule.name} never throws`, () => {
      fc.assert(fc.property(fc.array(fc.record({ type: fc.constantFrom(...types, "pulumi:providers:aws", "pulumi:providers:azure-native"), props: propertyBag }), { maxLength: 12 }), (rs) => {
        const resources = rs.map((r, i) => ({ ...r, name: `r${i}` }));
        runStackRule(rule, resources, { stack: "prod" });
      }), { numRuns: Math.max(5, Math.floor(FUZZ_RUNS / 2)) });
    });
  }
});
