// The clause reference lives in the repository: docs/clauses.md is generated from the catalog and
// committed up to date; every `docs/checks.md §…` the code cites exists; nothing cites a document
// the repository does not hold.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { CatalogEntry } from "../../policies/catalog";
import { ruleCatalog } from "../../ci/report/coverage/rules";
import { CLAUSE_DOCS, renderClauseDocs } from "../../scripts/gen-clause-docs";

const ROOT = path.resolve(__dirname, "../..");
const CHECKS = readFileSync(path.join(ROOT, "docs/checks.md"), "utf8");

function files(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((n) => {
    const rel = `${dir}/${n}`;
    if (n === "node_modules" || n === "fixtures" || n.startsWith(".")) return [];
    if (statSync(path.join(ROOT, rel)).isDirectory()) return files(rel);
    return /\.(ts|toml|ya?ml|md|sh)$/.test(n) ? [rel] : [];
  });
}
const sources = ["ci", "policies", "scanners", "scripts", "test", "bench", "docs"].flatMap(files).concat("README.md");

describe("clause reference in docs/", () => {
  it("docs/clauses.md is what the catalog generates", () => {
    expect(readFileSync(CLAUSE_DOCS, "utf8"), "docs/clauses.md is out of date: run `npx tsx scripts/gen-clause-docs.ts`").toBe(renderClauseDocs());
  });

  it("lists every rule, every clause of the report and every family", () => {
    const md = renderClauseDocs();
    for (const e of ruleCatalog()) expect(md, e.name).toContain(`| \`${e.name}\` |`);
    for (const id of ["O-8.1", "O-12.25 [sic]", "O-12.5.18", "O-12.6.8"]) expect(md).toContain(`| ${id} |`);
    expect(md).toMatch(/^### T2-S — Hard-coded secrets$/m);
    expect(md).toMatch(/^\| T2-D1 \| `testdata-nir` \|$/m);
  });

  it("refuses a family it cannot describe", () => {
    const odd: CatalogEntry = { ...ruleCatalog()[0]!, name: "odd-rule", family: "Z" };
    expect(() => renderClauseDocs([...ruleCatalog(), odd])).toThrow(/family Z has no description/);
  });

  it("holds every section of docs/checks.md the code cites, and nothing cites a missing document", () => {
    const problems: string[] = [];
    for (const f of sources) {
      const text = readFileSync(path.join(ROOT, f), "utf8");
      if (f !== "test/report/clause-docs.test.ts" && /CLAUSIER-CHECKS|TOOLCHAIN\.md|ANCHORS\.md/.test(text)) problems.push(`${f}: cites a document that is not in the repository`);
      for (const m of text.matchAll(/docs\/checks\.md\s+(§[\d.]*\d)/g)) {
        if (!new RegExp(`^#{2,3} ${m[1]!.replace(/\./g, "\\.")} `, "m").test(CHECKS)) problems.push(`${f}: cites docs/checks.md ${m[1]}, which has no such section`);
      }
    }
    expect(problems).toEqual([]);
  });
});
