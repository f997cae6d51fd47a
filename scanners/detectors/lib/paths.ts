// Path predicates shared by the detectors. Paths are repository-relative with `/` separators.

export function normPath(p: string): string {
  return p.replace(/\\/g, "/").replace(/^(\.\/)+/, "");
}

export function baseName(p: string): string {
  const n = normPath(p);
  return n.slice(n.lastIndexOf("/") + 1);
}

export function dirName(p: string): string {
  const n = normPath(p);
  const i = n.lastIndexOf("/");
  return i < 0 ? "" : n.slice(0, i);
}

export function joinPath(dir: string, name: string): string {
  return dir ? `${dir}/${name}` : name;
}

/** Lower-case extension without the dot (`""` when none). */
export function extOf(p: string): string {
  const b = baseName(p);
  const i = b.lastIndexOf(".");
  return i <= 0 ? "" : b.slice(i + 1).toLowerCase();
}

const FIXTURE_SEG = /(^|\/)(fixtures?|__fixtures__|testdata|test-data|seeds?|seed[^/]*)\//i;
const TEST_SEG = /(^|\/)(test|tests|__tests__|spec|specs|__mocks__)\//i;
const TEST_FILE = /\.(spec|test)\.[cm]?[jt]sx?$/i;

/** Fixture or seed folders (test data proper). */
export function isFixturePath(p: string): boolean {
  return FIXTURE_SEG.test(normPath(p));
}

/** Any test location: test folders, fixture folders, `*.spec.ts` / `*.test.ts`. */
export function isTestPath(p: string): boolean {
  const n = normPath(p);
  return TEST_SEG.test(n) || FIXTURE_SEG.test(n) || TEST_FILE.test(n);
}

export function inNodeModules(p: string): boolean {
  return /(^|\/)node_modules\//.test(normPath(p));
}

/** Data formats the test-data detectors read wherever they are (gate check T2-D1, docs/clauses.md). */
export function isDataFile(p: string): boolean {
  return ["json", "csv", "tsv", "sql", "xml", "hl7", "ndjson", "yaml", "yml", "txt"].includes(extOf(p));
}

export function isLockfile(p: string): boolean {
  return /(^|\/)(package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml)$/.test(normPath(p));
}

/** Fixture folder root: the path up to and including the fixtures/seed segment. */
export function fixtureRoot(p: string): string | undefined {
  const m = /^(.*?(?:^|\/)(?:fixtures?|__fixtures__|testdata|test-data|seeds?|seed[^/]*))\//i.exec(normPath(p));
  return m ? m[1] : undefined;
}
