// Every rule id the code can put in a finding has a catalog entry. The ids are not listed by hand:
// they are read from the source, from every object literal shaped like a finding (`rule`,
// `clauses`, `severity`, `message`) or like a rule definition (`name`, `clauses`, `severity`,
// `description`), resolving constants through imports. A finding whose rule id is computed must
// come from a known emitter, whose ids are enumerated from what it runs (detectors, semgrep rule
// files, gitleaks config); a new computed emitter fails this test until it is accounted for.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import YAML from "yaml";
import { describe, expect, it } from "vitest";
import { gitleaksCatalog } from "../../ci/gate/catalog";
import { DETECTORS, SCANNER_NAME } from "../../ci/gate/scanners/detectors";
import { DEFAULT_SEMGREP_RULES } from "../../ci/gate/scanners/semgrep";
import { entryForFinding, ruleCatalog } from "../../ci/report/coverage/rules";

const ROOT = path.resolve(__dirname, "../..");
/** Files that describe rules (the catalog itself) rather than define or emit them. */
// Files that describe findings (catalogs, the result schema) rather than emit them.
const DESCRIBERS = new Set(["policies/catalog.ts", "ci/gate/catalog.ts", "ci/result/schema.ts"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((n) => {
    const rel = `${dir}/${n}`;
    if (n === "node_modules" || rel === "scanners/semgrep") return [];
    if (statSync(path.join(ROOT, rel)).isDirectory()) return sourceFiles(rel);
    return n.endsWith(".ts") && !n.endsWith(".d.ts") ? [rel] : [];
  });
}

const parsed = new Map<string, ts.SourceFile>();
function source(rel: string): ts.SourceFile | undefined {
  if (!parsed.has(rel)) {
    try {
      parsed.set(rel, ts.createSourceFile(rel, readFileSync(path.join(ROOT, rel), "utf8"), ts.ScriptTarget.Latest, true));
    } catch {
      return undefined;
    }
  }
  return parsed.get(rel);
}

function moduleFile(from: string, spec: string): string | undefined {
  if (!spec.startsWith(".")) return undefined;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  return [`${base}.ts`, `${base}/index.ts`].find((f) => source(f));
}

/** The initializer of a `const` named `name` declared anywhere in the file, or the export it imports. */
function lookup(rel: string, name: string, seen = new Set<string>()): { file: string; init: ts.Expression } | undefined {
  const key = `${rel}#${name}`;
  if (seen.has(key)) return undefined;
  seen.add(key);
  const sf = source(rel);
  if (!sf) return undefined;
  let found: { file: string; init: ts.Expression } | undefined;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === name && n.initializer) found = { file: rel, init: n.initializer };
    else if (ts.isImportDeclaration(n) && ts.isStringLiteral(n.moduleSpecifier)) {
      const el = n.importClause?.namedBindings && ts.isNamedImports(n.importClause.namedBindings)
        ? n.importClause.namedBindings.elements.find((e) => e.name.text === name) : undefined;
      const target = el && moduleFile(rel, n.moduleSpecifier.text);
      if (el && target) found = lookup(target, (el.propertyName ?? el.name).text, seen);
    } else if (ts.isExportDeclaration(n) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)) {
      const target = moduleFile(rel, n.moduleSpecifier.text);
      const el = n.exportClause && ts.isNamedExports(n.exportClause) ? n.exportClause.elements.find((e) => e.name.text === name) : undefined;
      if (target && (el || !n.exportClause)) found = lookup(target, (el?.propertyName ?? el?.name)?.text ?? name, seen);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

function unwrap(e: ts.Expression): ts.Expression {
  return ts.isAsExpression(e) || ts.isParenthesizedExpression(e) || ts.isSatisfiesExpression(e) ? unwrap(e.expression) : e;
}

/** An expression as the object literal it stands for (`X`, `defineDetector({...}, …)`). */
function objectOf(rel: string, e: ts.Expression): { file: string; obj: ts.ObjectLiteralExpression } | undefined {
  const x = unwrap(e);
  if (ts.isObjectLiteralExpression(x)) return { file: rel, obj: x };
  if (ts.isIdentifier(x)) {
    const d = lookup(rel, x.text);
    return d && objectOf(d.file, d.init);
  }
  if (ts.isCallExpression(x) && x.arguments[0]) return objectOf(rel, x.arguments[0]);
  return undefined;
}

function prop(obj: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  for (const p of obj.properties) {
    if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === name) return p.initializer;
    if (ts.isShorthandPropertyAssignment(p) && p.name.text === name) return p.name;
  }
  return undefined;
}

/** Follows identifiers (through imports) and `X.prop` to the expression they stand for, then reads it with `leaf`. */
function follow<T>(rel: string, e: ts.Expression, leaf: (file: string, x: ts.Expression) => T | undefined): T | undefined {
  const x = unwrap(e);
  if (ts.isIdentifier(x)) {
    const d = lookup(rel, x.text);
    return d && follow(d.file, d.init, leaf);
  }
  if (ts.isPropertyAccessExpression(x)) {
    const o = objectOf(rel, x.expression);
    const v = o && prop(o.obj, x.name.text);
    return o && v ? follow(o.file, v, leaf) : undefined;
  }
  return leaf(rel, x);
}

/** The string an expression always evaluates to; undefined when computed. */
function resolveString(rel: string, e: ts.Expression): string | undefined {
  return follow(rel, e, (_, x) => (ts.isStringLiteral(x) || ts.isNoSubstitutionTemplateLiteral(x) ? x.text : undefined));
}

/** `["O-1"]`, `[...X.clauses]`, `X.clauses`: the clause list, or undefined when computed. */
function resolveStrings(rel: string, e: ts.Expression): string[] | undefined {
  return follow(rel, e, (file, x) => {
    if (!ts.isArrayLiteralExpression(x)) return undefined;
    const out: string[] = [];
    for (const el of x.elements) {
      const part = ts.isSpreadElement(el) ? resolveStrings(file, el.expression) : [resolveString(file, el)];
      if (!part || part.some((p) => p === undefined)) return undefined;
      out.push(...(part as string[]));
    }
    return out;
  });
}

/** A finding re-made or read from another one (`f.rule`, `clean(v.policy)`, `r.str(x.rule, …)`): the id was emitted elsewhere. */
function passThrough(e: ts.Expression): boolean {
  const x = unwrap(e);
  if (ts.isPropertyAccessExpression(x)) return ["rule", "policy", "policyName"].includes(x.name.text);
  return ts.isCallExpression(x) && x.arguments.some(passThrough);
}

interface Site { file: string; line: number; kind: "finding" | "definition"; expr: string; rule?: string; scanner?: string; clauses?: string[] }

function sites(): Site[] {
  const out: Site[] = [];
  for (const rel of ["ci", "policies", "scanners"].flatMap(sourceFiles)) {
    if (DESCRIBERS.has(rel)) continue;
    const sf = source(rel)!;
    const visit = (n: ts.Node): void => {
      if (ts.isObjectLiteralExpression(n) && prop(n, "clauses") && prop(n, "severity")) {
        const rule = prop(n, "rule");
        const name = prop(n, "name");
        const line = sf.getLineAndCharacterOfPosition(n.getStart()).line + 1;
        const clausesExpr = prop(n, "clauses")!;
        if (rule && prop(n, "message") && !passThrough(rule)) {
          const scanner = prop(n, "scanner");
          out.push({ file: rel, line, kind: "finding", expr: rule.getText(), rule: resolveString(rel, rule), scanner: scanner && resolveString(rel, scanner), clauses: resolveStrings(rel, clausesExpr) });
        } else if (!rule && name && prop(n, "description")) {
          out.push({ file: rel, line, kind: "definition", expr: name.getText(), rule: resolveString(rel, name), clauses: resolveStrings(rel, clausesExpr) });
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return out;
}

/** Emitters whose rule id is computed, and every id each can produce. */
const COMPUTED: Record<string, () => { rule: string; scanner: string }[]> = {
  "ci/gate/scanners/detectors.ts d.name": () => DETECTORS.map((d) => ({ rule: d.name, scanner: SCANNER_NAME })),
  "ci/gate/scanners/semgrep.ts rule": () =>
    readdirSync(DEFAULT_SEMGREP_RULES, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".yaml")).flatMap((f) =>
      (YAML.parse(readFileSync(path.join(DEFAULT_SEMGREP_RULES, f), "utf8")) as { rules: { id: string }[] }).rules.map((r) => ({ rule: r.id, scanner: "semgrep" }))),
  // Our rules, and any id of gitleaks' default ruleset (not enumerable offline: one sample).
  "ci/gate/scanners/gitleaks.ts f.RuleID": () => [...gitleaksCatalog().flatMap((e) => (e.rule ? [e.rule] : [])), "aws-access-token"].map((rule) => ({ rule, scanner: "gitleaks" })),
};

describe("catalog completeness", () => {
  const found = sites();

  it("finds the emitters in the source (the scan itself works)", () => {
    const findingFiles = new Set(found.filter((s) => s.kind === "finding").map((s) => s.file));
    for (const f of ["ci/gate/gate.ts", "ci/github/signatures.ts", "ci/gate/scanners/vulns.ts", "ci/gate/scanners/detectors.ts", "ci/gate/scanners/semgrep.ts", "ci/gate/scanners/gitleaks.ts"]) {
      expect([...findingFiles], f).toContain(f);
    }
    expect(found.filter((s) => s.kind === "definition").length).toBeGreaterThanOrEqual(150);
  });

  it("has a catalog entry for every rule id a finding can carry, with the clauses the finding writes", () => {
    const problems: string[] = [];
    for (const s of found) {
      const where = `${s.file}:${s.line} (${s.expr})`;
      if (s.rule === undefined) {
        const enumerate = COMPUTED[`${s.file} ${s.expr}`];
        if (!enumerate) {
          problems.push(`${where}: computed rule id from an unknown emitter; add its rules to the catalog and the emitter to COMPUTED`);
          continue;
        }
        for (const id of enumerate()) if (!entryForFinding(id)) problems.push(`${where}: '${id.rule}' (${id.scanner}) has no catalog entry`);
        continue;
      }
      const entry = s.kind === "definition" ? ruleCatalog().find((e) => e.name === s.rule) : entryForFinding({ rule: s.rule, scanner: s.scanner });
      if (!entry) problems.push(`${where}: '${s.rule}' has no catalog entry`);
      else if (s.clauses && [...s.clauses].sort().join() !== [...entry.clauses].sort().join()) {
        problems.push(`${where}: '${s.rule}' writes clauses ${s.clauses.join(", ")} but its catalog entry says ${entry.clauses.join(", ")}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("lists the rules the gate and GitHub raise themselves", () => {
    const names = ruleCatalog().map((e) => e.name);
    for (const n of ["clausier-derogations-hygiene", "clausier-gate-file-not-scanned", "github-commit-signature-verified", "gitleaks/default-rules"]) expect(names).toContain(n);
    expect(entryForFinding({ rule: "generic-api-key", scanner: "gitleaks" })?.name).toBe("gitleaks/default-rules");
    expect(entryForFinding({ rule: "jwt-token", scanner: "gitleaks" })?.name).toBe("gitleaks/jwt-token");
    expect(entryForFinding({ rule: "no-such-rule", scanner: "semgrep" })).toBeUndefined();
  });
});
