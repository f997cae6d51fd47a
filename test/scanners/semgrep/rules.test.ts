// Runs every semgrep rule against its annotated test target with the real semgrep (`--test`):
// each `// ruleid:` line must match and each `// ok:` line must not. Also checks that every rule
// carries the metadata the gate and the reports rely on.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { SEVERITIES } from "../../../policies/core/model";
import { DEFAULT_SEMGREP_RULES } from "../../../ci/gate/scanners/semgrep";
import { semgrepTool } from "../../gate/scanners/tools";

const RULES = DEFAULT_SEMGREP_RULES;
const tool = semgrepTool();

function ruleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? ruleFiles(join(dir, e.name)) : e.name.endsWith(".yaml") || e.name.endsWith(".yml") ? [join(dir, e.name)] : [],
  );
}

const files = ruleFiles(RULES);

interface TestJson {
  config_missing_tests: string[];
  config_with_errors: { filename?: string; error?: string }[];
  results: Record<string, { checks: Record<string, { passed: boolean; matches: Record<string, { expected_lines: number[]; reported_lines: number[] }>; errors: unknown[] }> }>;
}

describe("semgrep rules: metadata", () => {
  it("has rules", () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  const ids = new Set<string>();
  for (const file of files) {
    const rel = relative(RULES, file);
    it(`${rel}: one rule with id, bilingual message, severity, languages, metadata and a test target`, () => {
      const doc = parse(readFileSync(file, "utf8")) as { rules: Record<string, unknown>[] };
      expect(doc.rules, rel).toHaveLength(1);
      const rule = doc.rules[0]!;
      const id = rule.id as string;
      expect(id, "rule id = file name").toBe(basename(file).replace(/\.ya?ml$/, ""));
      expect(ids.has(id), `duplicate id ${id}`).toBe(false);
      ids.add(id);
      expect(String(rule.message)).toMatch(/\S.*\s—\sEN:\s\S/s);
      expect(["ERROR", "WARNING"]).toContain(rule.severity);
      // JavaScript/TypeScript rules, or generic (text) rules on templates, limited by paths.include.
      const generic = (rule.languages as string[])[0] === "generic";
      if (generic) {
        expect(rule.languages).toEqual(["generic"]);
        const include = (rule.paths as { include?: string[] } | undefined)?.include ?? [];
        expect(include.length, "generic rule without paths.include").toBeGreaterThan(0);
        for (const glob of include) expect(glob).toMatch(/^\*\.[a-z]+$/);
      } else expect(rule.languages).toEqual(["typescript", "javascript"]);
      const meta = rule.metadata as Record<string, unknown>;
      expect(Array.isArray(meta.clauses) && (meta.clauses as string[]).length > 0).toBe(true);
      for (const c of meta.clauses as string[]) expect(c).toMatch(/^O-\d+(\.\d+)+$/);
      expect(SEVERITIES).toContain(meta.severity);
      expect(Array.isArray(meta.owasp) && (meta.owasp as string[]).length > 0).toBe(true);
      for (const o of meta.owasp as string[]) expect(o).toMatch(/^A(0[1-9]|10):2021 - \S/);
      expect(Array.isArray(meta.cwe) && (meta.cwe as string[]).length > 0).toBe(true);
      for (const c of meta.cwe as string[]) expect(c).toMatch(/^CWE-\d+: /);
      expect(["HIGH", "MEDIUM", "LOW"]).toContain(meta.confidence);
      expect(String(meta.check)).toMatch(/^T2-[SO]\d+$/);
      const basis = meta.basis as { kind?: string; text?: string; key?: string } | undefined;
      expect(["clause", "profile", "practice"], `${id}: metadata.basis.kind`).toContain(basis?.kind);
      if (basis?.kind === "clause") expect(basis.text?.trim().length ?? 0).toBeGreaterThan(10);
      if (basis?.kind === "profile") expect(basis.key?.trim().length ?? 0).toBeGreaterThan(2);
      const rem = meta.remediation as { fr?: string; en?: string };
      expect(rem?.fr?.trim().length ?? 0).toBeGreaterThan(10);
      expect(rem?.en?.trim().length ?? 0).toBeGreaterThan(10);
      const stem = join(dirname(file), id);
      const exts = generic ? ((rule.paths as { include: string[] }).include.map((g) => g.slice(1))) : [".ts", ".js", ".tsx", ".jsx"];
      const target = exts.map((e) => stem + e).find((p) => existsSync(p));
      expect(target, `test target ${id}${exts.join(" or ")}`).toBeDefined();
      const text = readFileSync(target!, "utf8");
      expect(text).toContain(`ruleid: ${id}`);
      expect(text).toContain(`ok: ${id}`);
    });
  }
});

describe.skipIf(tool.skip)("semgrep rules: semgrep --test with the real semgrep", () => {
  it(
    "every ruleid line matches and every ok line does not",
    () => {
      expect(tool.present, tool.message).toBe(true);
      const run = spawnSync(tool.path, ["--test", "--json", "--metrics=off", "--disable-version-check", RULES], {
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
        timeout: 900_000,
        env: { ...process.env, SEMGREP_SEND_METRICS: "off", SEMGREP_ENABLE_VERSION_CHECK: "0" },
      });
      expect(run.error, String(run.error)).toBeUndefined();
      let json: TestJson;
      try {
        json = JSON.parse(run.stdout) as TestJson;
      } catch {
        throw new Error(`semgrep --test printed no JSON (exit ${run.status}): ${run.stderr.slice(-2000)}`);
      }
      // `semgrep --test` says "All tests passed" even when a rule file failed to load: check.
      expect(json.config_with_errors.map((e) => `${e.filename}: ${String(e.error).split("\n").slice(-2).join(" ")}`)).toEqual([]);
      expect(json.config_missing_tests).toEqual([]);
      const problems: string[] = [];
      const checked = new Set<string>();
      for (const [cfg, res] of Object.entries(json.results)) {
        for (const [id, check] of Object.entries(res.checks)) {
          checked.add(id.split(".").pop()!);
          for (const [target, m] of Object.entries(check.matches)) {
            const missed = m.expected_lines.filter((l) => !m.reported_lines.includes(l));
            const extra = m.reported_lines.filter((l) => !m.expected_lines.includes(l));
            if (missed.length || extra.length || !check.passed) {
              problems.push(`${relative(RULES, cfg)} on ${basename(target)}: missed ${JSON.stringify(missed)}, unexpected ${JSON.stringify(extra)}`);
            }
          }
          if (check.errors.length) problems.push(`${id}: ${JSON.stringify(check.errors).slice(0, 500)}`);
        }
      }
      expect(problems).toEqual([]);
      const expectedIds = files.map((f) => basename(f).replace(/\.ya?ml$/, "")).sort();
      expect([...checked].sort()).toEqual(expectedIds);
    },
    900_000,
  );
});
