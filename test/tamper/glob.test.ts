// Globs of the profile and the command line: one module over picomatch, linear on hostile input.
import picomatch from "picomatch";
import { describe, expect, it } from "vitest";
import { globMatch, pathMatches } from "../../policies/core/glob";

const COMMON = { dot: true, nonegate: true, noextglob: true } as const;

/** What picomatch alone answers for a gitignore-like path pattern. */
function picomatchPath(pattern: string, path: string): boolean {
  let p = pattern.replace(/^(?:\.\/)+/, "").replace(/\/+$/, "");
  const anchored = p.includes("/");
  p = p.replace(/^\/+/, "");
  if (!anchored) p = `**/${p}`;
  const m = picomatch(p, COMMON);
  const parts = path.split("/");
  for (let n = parts.length; n >= 1; n--) if (m(parts.slice(0, n).join("/"))) return true;
  return false;
}

/** Deterministic pseudo-random strings (no dependency on a fuzzing library here). */
function* strings(seed: number, alphabet: string[], count: number, maxLen: number): Generator<string> {
  let x = seed;
  const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32;
  for (let k = 0; k < count; k++) {
    const n = 1 + Math.floor(next() * maxLen);
    let s = "";
    for (let i = 0; i < n; i++) s += alphabet[Math.floor(next() * alphabet.length)];
    yield s;
  }
}

describe("globs: picomatch's answers, in linear time", () => {
  it("a pathological pattern on a 43-character name is instant (was 28.6 s)", () => {
    const name = "a".repeat(43);
    const t0 = performance.now();
    expect(globMatch("*a*a*a*a*a*a*a*a*a*aZ", name)).toBe(false);
    expect(pathMatches("*a*a*a*a*a*a*a*a*a*aZ", `src/${name}`)).toBe(false);
    expect(pathMatches("src/*a*a*a*a*a*a*a*a*a*aZ/**", `src/${name}/${name}`)).toBe(false);
    expect(globMatch("*a*a*a*a*a*a*a*a*a*aZ", `${name}Z`)).toBe(true);
    expect(performance.now() - t0).toBeLessThan(500);
  });

  it("names: same answers as picomatch (bash mode, case-insensitive)", () => {
    // (`x/**` also matches `x:` in picomatch's bash mode: names keep `/` literal, tested below.)
    const pats = [...strings(7, ["a", "b", "*", "?", ":"], 300, 7)];
    const vals = [...strings(11, ["a", "b", "/", ":", "A"], 60, 8)];
    for (const p of pats) {
      const ref = picomatch(p, { ...COMMON, bash: true, nocase: true });
      for (const v of vals) expect(globMatch(p, v), `${p} ~ ${v}`).toBe(ref(v));
    }
  });

  it("paths: same answers as picomatch (gitignore-like)", () => {
    // (`***` is a picomatch oddity: `***a.` matches `ab`.)
    const pats = [...strings(3, ["a", "b", "/", "*", "?", "**", "."], 300, 6)].map((p) => p.replace(/\*{3,}/g, "**"));
    const vals = [...strings(5, ["a", "b", "/", "."], 80, 8)].map((v) => v.replace(/\/+/g, "/").replace(/^\/|\/$/g, "")).filter((v) => v && !v.split("/").some((s) => s === "." || s === ".."));
    for (const p of pats) for (const v of vals) expect(pathMatches(p, v), `${p} ~ ${v}`).toBe(picomatchPath(p, v));
  });

  it.each([
    ["legacy-*", "legacy-db", true],
    ["urn:pulumi:prod::*", "urn:pulumi:prod::app::aws:s3/bucket:Bucket::b", true],
    ["PROD*", "prod-eu", true],
    ["aws-{rds,s3}-*", "aws-s3-public", true],
    ["aws-[rs]*", "aws-s3-public", true],
    ["!x", "y", false],
    ["aws:s3/*:Bucket", "aws:s3/bucket:Bucket", true],
    ["aws:s3/*", "aws:s3:x", false],
  ])("name %s ~ %s → %s", (p, v, expected) => expect(globMatch(p, v)).toBe(expected));

  it.each([
    ["node_modules/", "pkg/node_modules/a.js", true],
    ["src/*.ts", "src/a/b.ts", false],
    ["src/**/*.{ts,js}", "src/a/b.js", true],
    ["/docs", "x/docs/a.md", false],
  ])("path %s ~ %s → %s", (p, v, expected) => expect(pathMatches(p, v)).toBe(expected));
});
