import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { WORDS } from "../../ci/report/i18n";

/** Every leaf of a words table, as [path, value]; functions are called with a sample count. */
function leaves(x: unknown, path = ""): [string, string][] {
  if (typeof x === "string") return [[path, x]];
  if (typeof x === "function") return [[path, String((x as (...a: unknown[]) => unknown)(2, "x"))]];
  return Object.entries(x as Record<string, unknown>).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? tsFiles(p) : p.endsWith(".ts") ? [p] : [];
  });
}

describe("the one table of fixed words", () => {
  it("has the same entries in French and English, none empty", () => {
    const fr = leaves(WORDS.fr);
    const en = leaves(WORDS.en);
    expect(fr.map(([k]) => k)).toEqual(en.map(([k]) => k));
    expect([...fr, ...en].filter(([, v]) => v.trim() === "")).toEqual([]);
  });
  it("is the only fr/en words table of the renderers", () => {
    const others = ["ci/report", "ci/github", "ci/cli"].flatMap(tsFiles)
      .filter((f) => !f.endsWith("i18n.ts") && /Record<Lang,\s*\w+>\s*=\s*\{/.test(readFileSync(f, "utf8")));
    expect(others).toEqual([]);
  });
});
