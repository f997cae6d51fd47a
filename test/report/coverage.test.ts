// The clause coverage is derived from the rules: it claims no check that no rule has, and a clause
// passes only when every check covering it ran and found nothing.
import { describe, expect, it } from "vitest";
import { CLAUSES } from "../../ci/report/coverage/clauses";
import { computeCoverage, type CoverageInput } from "../../ci/report/coverage/coverage";
import type { Finding } from "../../policies/core/model";
import type { Result, ScannerSummary } from "../../ci/result/model";
import { evaluateReport, gateFinding, gateReport } from "../github/helpers";
import { ruleCatalog, rulesForClause, runnersOf } from "../../ci/report/coverage/rules";
import { scopedOutPolicies } from "../../policies/compile";
import { allRules } from "../../policies/rules";
import { defaultProfile } from "../../policies/core/profile";

const SCANNERS = ["clausier-detectors", "semgrep", "gitleaks", "advisories"];
const scanner = (name: string, status: ScannerSummary["status"] = "ok"): ScannerSummary => ({ name, version: "1", status, durationMs: 1, findingCount: 0 });
const gate = (scanners: ScannerSummary[] = SCANNERS.map((n) => scanner(n)), findings: Finding[] = []): Result => gateReport(0, { findings, scanners });
const stack = { ...evaluateReport(), findings: [] };
const everything: CoverageInput = { gate: gate(), evaluate: [stack], alsoRan: ["github"] };
const status = (input: CoverageInput, id: string) => computeCoverage(input).clauses.find((c) => c.clause.id === id)!.status;

describe("coverage derived from the rules", () => {
  it("claims only checks that rules have: every covering rule is in the catalog and carries the clause", () => {
    const names = new Set(ruleCatalog().map((e) => e.name));
    for (const cc of computeCoverage(everything).clauses) {
      for (const r of cc.rules) {
        expect(names.has(r.entry.name), `${cc.clause.id}: ${r.entry.name}`).toBe(true);
        expect(r.entry.clauses, `${cc.clause.id}: ${r.entry.name}`).toContain(cc.clause.id);
      }
      // Nothing checks a clause but its rules: a clause without rules can only be manual evidence.
      if (!cc.rules.length) expect(cc.status, cc.clause.id).toBe(cc.clause.evidence ? "manual" : "not-evaluated");
    }
  });

  it("keeps by hand only what to ask the vendor for", () => {
    for (const c of CLAUSES) {
      expect(Object.keys(c).filter((k) => !["id", "section", "scope", "title", "evidence", "sic"].includes(k)), c.id).toEqual([]);
      expect(rulesForClause(c.id).length > 0 || !!c.evidence, `${c.id} is neither automated nor documentary`).toBe(true);
    }
  });

  it("does not pass the clauses no rule checks, whatever ran (the checks once claimed by hand)", () => {
    for (const id of ["O-12.25", "O-12.4.2", "O-12.5.4", "O-12.5.5", "O-12.5.15"]) {
      expect(rulesForClause(id), id).toEqual([]);
      expect(status(everything, id), id).toBe("manual");
    }
  });

  it("passes a clause only when every check covering it ran", () => {
    // O-8.1: policies (TLS) and semgrep rules (TLS options in code).
    const kinds = new Set(rulesForClause("O-8.1").map((e) => runnersOf(e).map((r) => (r.kind === "scanner" ? r.name : r.kind)).join()));
    expect([...kinds].sort()).toEqual(["policy-pack", "semgrep"]);
    expect(status(everything, "O-8.1")).toBe("passed");
    expect(status({ evaluate: [stack] }, "O-8.1")).toBe("not-evaluated");
    expect(status({ gate: gate() }, "O-8.1")).toBe("not-evaluated");
    expect(status({ gate: gate(SCANNERS.map((n) => scanner(n, n === "semgrep" ? "not-evaluated" : "ok"))), evaluate: [stack] }, "O-8.1")).toBe("not-evaluated");
    expect(status({ gate: gate(SCANNERS.map((n) => scanner(n, n === "semgrep" ? "failed" : "ok"))), evaluate: [stack] }, "O-8.1")).toBe("not-evaluated");
    expect(status({ gate: gate(SCANNERS.filter((n) => n !== "semgrep").map((n) => scanner(n))), evaluate: [stack] }, "O-8.1")).toBe("not-evaluated");
    // O-12.5.8: detectors and GitHub commit signatures; without the signatures read, not evaluated.
    expect(status({ gate: gate() }, "O-12.5.8")).toBe("not-evaluated");
    expect(status({ gate: gate(), alsoRan: ["github"] }, "O-12.5.8")).toBe("passed");
    // O-12.5.9 includes the gate's own rule (unscannable files): the gate ran, its scanners too.
    expect(status({ gate: gate() }, "O-12.5.9")).toBe("passed");
  });

  it("names the rules that did not run", () => {
    const cc = computeCoverage({ gate: gate(), evaluate: [stack] }).clauses.find((c) => c.clause.id === "O-12.5.8")!;
    expect(cc.rules.filter((r) => !r.evaluated).map((r) => r.entry.name)).toEqual(["github-commit-signature-verified"]);
    expect(cc.rules.filter((r) => r.evaluated).map((r) => r.entry.name)).toContain("vendored-foreign-code");
  });

  it("keeps failed and waived findings and manual evidence whatever ran", () => {
    const finding = (over: Omit<Partial<Finding>, "message"> = {}): Finding => gateFinding({ scanner: "semgrep", rule: "tls-weak-protocol-version", clauses: ["O-8.1"], severity: "high", ...over });
    expect(status({ gate: gate([], [finding()]) }, "O-8.1")).toBe("failed");
    const waiver = { id: "W1", cctpReference: "CCTP 4.2", approvedBy: "rssi@chu.fr", expires: "2099-01-01", reason: "r" };
    expect(status({ gate: gate(undefined, [finding({ waived: waiver })]), evaluate: [stack] }, "O-8.1")).toBe("waived");
    const signature: Finding = { source: "gate", scanner: "github", rule: "github-commit-signature-verified", clauses: ["O-12.5.8"], severity: "low", enforcementLevel: "advisory", message: { fr: "m", en: "m" } };
    expect(status({ gate: gate(), extraFindings: [signature], alsoRan: ["github"] }, "O-12.5.8")).toBe("failed");
    expect(status({ gate: gate() }, "O-12.5.2")).toBe("manual");
    expect(computeCoverage({ gate: gate() }).clauses.find((c) => c.clause.id === "O-12.3.3")!.evidenceRequired).toBe(true);
  });

  it("a clause whose policies the profile scoped out is not evaluated, never passed", () => {
    // A delivery without AI: the §12.6 policies are disabled, so they checked nothing.
    const off = scopedOutPolicies({ ...defaultProfile(), scopes: ["saas", "hosted-admin", "dev-provider"] }, allRules);
    expect(off.length).toBeGreaterThan(0);
    expect(off.every((n) => allRules.find((r) => r.name === n)!.scope === "ai")).toBe(true);
    const aiClause = CLAUSES.find((c) => c.section === "12.6" && rulesForClause(c.id).length && rulesForClause(c.id).every((e) => off.includes(e.name)))!;
    expect(aiClause, "a §12.6 clause checked by AI policies only").toBeDefined();
    expect(status(everything, aiClause.id)).toBe("passed");
    const scoped = { ...stack, evaluation: { ...stack.evaluation, policyPack: { ...stack.evaluation.policyPack, disabled: off } } };
    expect(status({ ...everything, evaluate: [scoped] }, aiClause.id)).toBe("not-evaluated");
    // Another stack that ran them makes the check run.
    expect(status({ ...everything, evaluate: [scoped, stack] }, aiClause.id)).toBe("passed");
  });
});
