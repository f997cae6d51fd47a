// Glob patterns of the profile and of the command line, in one place, over picomatch.
//   names (stacks, resources, URNs, policy ids): `*` any run of characters, `/` included, `?` one
//     character, case-insensitive;
//   paths (--exclude, waiver `files`), gitignore-like: `*` and `?` stay within one segment, `**`
//     spans segments, a pattern without `/` matches a name at any depth, a trailing `/` is
//     ignored, and a pattern that matches a folder matches everything under it.
// picomatch compiles patterns to backtracking regexes: `*a*a*a*a*a*a*a*a*a*aZ` takes ~28 s on a
// 43-character name. Patterns made only of literals, `*`, `**` and `?` (nearly all of them) are
// therefore decided by a linear wildcard matcher that gives picomatch's answers (a property test
// compares the two); picomatch decides the others (classes, braces).
import picomatch from "picomatch";

type Matcher = (value: string) => boolean;

const COMMON = { dot: true, nonegate: true, noextglob: true } as const;
/** Syntax only picomatch understands. */
const ADVANCED = /[[\]{}()\\|]/;

const nameCache = new Map<string, Matcher>();
const pathCache = new Map<string, Matcher>();

/** Stack, resource, URN or policy name against a pattern (`*` crosses `/`). */
export function globMatch(pattern: string, value: string): boolean {
  let m = nameCache.get(pattern);
  if (!m) {
    if (ADVANCED.test(pattern)) m = picomatch(pattern, { ...COMMON, bash: true, nocase: true });
    else {
      const p = pattern.toLowerCase();
      m = (v) => wildcard(p, v.toLowerCase(), true);
    }
    nameCache.set(pattern, m);
  }
  return m(value);
}

/** True when `path` (repository-relative, `/`-separated) or one of its parent folders matches. */
export function pathMatches(pattern: string, path: string): boolean {
  let m = pathCache.get(pattern);
  if (!m) {
    m = compilePath(pattern);
    pathCache.set(pattern, m);
  }
  const parts = path.split("/");
  for (let n = parts.length; n >= 1; n--) if (m(parts.slice(0, n).join("/"))) return true;
  return false;
}

export function isExcluded(path: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => pathMatches(p, path));
}

function compilePath(pattern: string): Matcher {
  let p = pattern.replace(/\\/g, "/").replace(/^(?:\.\/)+/, "").replace(/\/+$/, "");
  const anchored = p.includes("/");
  p = p.replace(/^\/+/, "");
  if (!anchored) p = `**/${p}`;
  if (ADVANCED.test(pattern)) return picomatch(p, COMMON);
  const segments = p.split("/");
  return (v) => segmentsMatch(segments, v.split("/"));
}

/** `**` segments against path segments, each other segment by `wildcard` (linear "last star" scan). */
function segmentsMatch(pat: string[], val: string[]): boolean {
  let i = 0;
  let j = 0;
  let star = -1;
  let mark = 0;
  while (j < val.length) {
    if (i < pat.length && pat[i] === "**") {
      star = i++;
      mark = j;
    } else if (i < pat.length && wildcard(pat[i], val[j], false) && !(val[j] === "." || val[j] === "..")) {
      i++;
      j++;
    } else if (star >= 0) {
      i = star + 1;
      j = ++mark;
      // picomatch's `**` never spans `.` or `..` segments.
      if (val[mark - 1] === "." || val[mark - 1] === "..") return false;
    } else return false;
  }
  while (i < pat.length && pat[i] === "**") i++;
  return i === pat.length;
}

/**
 * `*` any run (crossing `/` only when `crossSlash`), `?` one character (never `/`), the rest
 * literal. The classic greedy scan that backtracks only to the last `*`: O(pattern × value).
 */
function wildcard(p: string, s: string, crossSlash: boolean): boolean {
  let i = 0;
  let j = 0;
  let star = -1;
  let mark = 0;
  while (j < s.length) {
    if (i < p.length && p[i] === "*") {
      star = i++;
      mark = j;
    } else if (i < p.length && (p[i] === s[j] ? true : p[i] === "?" && s[j] !== "/")) {
      i++;
      j++;
    } else if (star >= 0 && (crossSlash || s[mark] !== "/")) {
      i = star + 1;
      j = ++mark;
    } else return false;
  }
  while (i < p.length && p[i] === "*") i++;
  return i === p.length;
}
