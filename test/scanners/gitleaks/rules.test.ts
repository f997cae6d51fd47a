// Runs the real gitleaks with our config on each custom rule's planted test data
// (scanners/gitleaks/testdata/<rule-id>/): positives must be reported by exactly their rule,
// negatives by nothing at all (default rules included).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DEFAULT_GITLEAKS_CONFIG, LEAKS_EXIT_CODE } from "../../../ci/gate/scanners/gitleaks";
import { GUARD_ROOT } from "../../../ci/gate/scanners/process";
import { gitleaksTool } from "../../gate/scanners/tools";

const TESTDATA = join(GUARD_ROOT, "scanners", "gitleaks", "testdata");
const tool = gitleaksTool();

/** Default rules that legitimately fire on the same positives (the adapter keeps ours only). */
const DEFAULT_OVERLAP: Record<string, string[]> = { "jwt-token": ["jwt"], "keystore-file": ["pkcs12-file", "private-key"] };

/** Custom rule ids and tags, read from the TOML with a line scan (no TOML parser dependency). */
function customRules(): { id: string; tags: string[]; description: string }[] {
  const text = readFileSync(DEFAULT_GITLEAKS_CONFIG, "utf8");
  return text
    .split(/^\[\[rules\]\]\s*$/m)
    .slice(1)
    .map((block) => ({
      id: /^id\s*=\s*"([^"]+)"/m.exec(block)?.[1] ?? "",
      tags: (parse(`t: ${/^tags\s*=\s*(\[.*\])/m.exec(block)?.[1] ?? "[]"}`) as { t: string[] }).t,
      description: /^description\s*=\s*"([^"]+)"/m.exec(block)?.[1] ?? "",
    }));
}

interface Leak {
  RuleID: string;
  StartLine: number;
  EndLine?: number;
  File: string;
  Secret: string;
  Match: string;
}

function scan(target: string): { leaks: Leak[]; raw: string } {
  const run = spawnSync(
    tool.path,
    ["dir", target, "--config", DEFAULT_GITLEAKS_CONFIG, "--report-format", "json", "--report-path", "-", "--no-banner", "--no-color", "--redact=100", "--exit-code", String(LEAKS_EXIT_CODE), "--log-level", "error"],
    { encoding: "utf8", timeout: 120_000 },
  );
  if (run.error) throw run.error;
  if (run.status !== 0 && run.status !== LEAKS_EXIT_CODE) throw new Error(`gitleaks exited ${run.status}: ${run.stderr}`);
  const leaks = JSON.parse(run.stdout) as Leak[];
  expect(run.status === LEAKS_EXIT_CODE).toBe(leaks.length > 0);
  return { leaks, raw: run.stdout };
}

/** Lines a positive file promises to be found: non-empty, not a `#` comment. */
function expectedLines(file: string): number[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .map((l, i) => ({ l, n: i + 1 }))
    .filter(({ l }) => l.trim() !== "" && !l.startsWith("#"))
    .map(({ n }) => n);
}

const rules = customRules();

describe("gitleaks config: custom rules", () => {
  it("declares the §4.1 rules with O-12.5.9 tags and bilingual descriptions", () => {
    const ids = rules.map((r) => r.id).sort();
    expect(ids).toEqual(
      ["ado-connection-string", "azure-storage-connstring", "env-file-credential", "fr-credential-keywords", "fr-phone-number", "jdbc-password", "jwt-token", "keystore-file", "url-userinfo"].sort(),
    );
    for (const r of rules) {
      expect(r.tags[0], r.id).toBe("O-12.5.9");
      expect(["critical", "high", "medium", "low"], r.id).toContain(r.tags[1]);
      expect(r.description, r.id).toMatch(/\S \| FR: \S/);
      expect(existsSync(join(TESTDATA, r.id)), `testdata for ${r.id}`).toBe(true);
    }
  });
});

describe.skipIf(tool.skip)("gitleaks config: real gitleaks on planted test data", () => {
  it("finds the gitleaks binary", () => {
    expect(tool.present, tool.message).toBe(true);
  });

  for (const rule of rules) {
    const dir = join(TESTDATA, rule.id);
    const positive = ["positive.txt", "positive"].map((p) => join(dir, p)).find((p) => existsSync(p));
    const negative = ["negative.txt", "negative"].map((p) => join(dir, p)).find((p) => existsSync(p));

    it(`${rule.id}: every positive is reported by ${rule.id} and by no other custom rule`, () => {
      expect(positive, `${rule.id} positive test data`).toBeDefined();
      const { leaks, raw } = scan(positive!);
      const allowed = new Set([rule.id, ...(DEFAULT_OVERLAP[rule.id] ?? [])]);
      expect(leaks.filter((l) => !allowed.has(l.RuleID)).map((l) => `${relative(dir, l.File)}:${l.StartLine} ${l.RuleID}`)).toEqual([]);
      const ours = leaks.filter((l) => l.RuleID === rule.id);
      if (statSync(positive!).isDirectory()) {
        // Path rule: one finding per file.
        const names = readdirSync(positive!).sort();
        expect(ours.map((l) => relative(positive!, l.File)).sort()).toEqual(names);
      } else {
        // A multi-line secret (PEM block) covers every line from StartLine to EndLine.
        const covered = new Set(ours.flatMap((l) => Array.from({ length: (l.EndLine ?? l.StartLine) - l.StartLine + 1 }, (_, i) => l.StartLine + i)));
        expect([...covered].sort((a, b) => a - b)).toEqual(expectedLines(positive!));
      }
      // --redact=100: the report never carries a planted value.
      for (const l of ours) {
        expect(l.Secret).toBe("REDACTED");
      }
      if (!statSync(positive!).isDirectory()) {
        const text = readFileSync(positive!, "utf8");
        for (const m of text.matchAll(/Pl4nted[\w!-]*/g)) expect(raw).not.toContain(m[0]);
      }
    });

    it(`${rule.id}: negatives are reported by no rule at all`, () => {
      expect(negative, `${rule.id} negative test data`).toBeDefined();
      const { leaks } = scan(negative!);
      expect(leaks.map((l) => `${relative(dir, l.File)}:${l.StartLine} ${l.RuleID}`)).toEqual([]);
    });
  }
});
