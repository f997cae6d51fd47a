// Whole-file prefilters (a pattern-inside over `(?s)\A(?=…).*`) let semgrep skip a file before any
// matching, so they must hold for every call the rule itself can report: a name added to a rule's
// list of sinks but not to its prefilter would silently drop findings. Each check below builds the
// calls from the rule's own lists and runs the prefilter on them (JavaScript's engine reads this
// subset of PCRE the same way).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DEFAULT_SEMGREP_RULES } from "../../../ci/gate/scanners/semgrep";

interface Collected { prefilters: RegExp[]; lists: Map<string, string[]>; insides: string[] }

/** The rule's prefilters, the alternatives of its `^(a|b|…)$` metavariable regexes, its pattern-insides. */
function collect(rel: string): Collected {
  const out: Collected = { prefilters: [], lists: new Map(), insides: [] };
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (!v || typeof v !== "object") return;
    const o = v as Record<string, unknown>;
    const rx = o["pattern-regex"];
    if (typeof rx === "string" && rx.startsWith("(?s)\\A(?=")) out.prefilters.push(new RegExp(rx.replace(/^\(\?s\)\\A/, "^"), "s"));
    const mv = o["metavariable-regex"] as { metavariable?: string; regex?: string } | undefined;
    const list = typeof mv?.regex === "string" ? /^\^\(([\w|]+)\)\$$/.exec(mv.regex) : null;
    if (mv?.metavariable && list) out.lists.set(mv.metavariable, [...(out.lists.get(mv.metavariable) ?? []), ...list[1].split("|")]);
    if (typeof o["pattern-inside"] === "string") out.insides.push(o["pattern-inside"]);
    Object.values(o).forEach(walk);
  };
  walk(parse(readFileSync(join(DEFAULT_SEMGREP_RULES, rel), "utf8")));
  expect(out.prefilters.length, `${rel} has a whole-file prefilter`).toBeGreaterThan(0);
  return out;
}

const passes = (c: Collected, text: string) => c.prefilters.every((p) => p.test(`const x = 1;\n${text}\n`));

describe("semgrep whole-file prefilters hold for what the rule reports", () => {
  it("path-traversal-request-data: every fs method, called on fs or imported, and sendFile/download", () => {
    const c = collect("a01-access-control/path-traversal-request-data.yaml");
    const methods = c.lists.get("$METHOD") ?? [];
    expect(methods.length).toBeGreaterThan(10);
    for (const m of methods) {
      expect(passes(c, `fs.${m}(p)`), `fs.${m}`).toBe(true);
      expect(passes(c, `${m}(p)`), m).toBe(true);
    }
    expect(passes(c, "res.sendFile(p)") && passes(c, "res.download(p)")).toBe(true);
    expect(passes(c, 'import { readFile as r } from "fs";\nr(p)')).toBe(true);
    expect(passes(c, "res.send(p)")).toBe(false);
  });

  it("prototype-pollution-deep-merge-request: every merge and set function, on lodash or imported", () => {
    const c = collect("a08-integrity-failures/prototype-pollution-deep-merge-request.yaml");
    const merges = c.lists.get("$MERGE") ?? [];
    const sets = c.lists.get("$SET") ?? [];
    expect(merges.length).toBeGreaterThan(5);
    for (const m of merges) expect(passes(c, `_.${m}(t, s)`) && passes(c, `${m}(t, s)`), m).toBe(true);
    for (const m of sets) expect(passes(c, `_.${m}(o, p, v)`) && passes(c, `${m}(o, p, v)`), m).toBe(true);
    expect(passes(c, "$.extend(true, t, s)")).toBe(true);
    expect(passes(c, "Object.assign(t, s)")).toBe(false);
  });

  it("prototype-pollution-recursive-merge: every loop the rule looks inside", () => {
    const c = collect("a08-integrity-failures/prototype-pollution-recursive-merge.yaml");
    const loops = c.insides.filter((s) => s.startsWith("for"));
    expect(loops.length).toBeGreaterThan(3);
    for (const l of loops) {
      const text = l.replace(/\$K/g, "key").replace(/\$SRC/g, "source").replace("{ ... }", "{ }");
      expect(passes(c, text), l).toBe(true);
    }
    expect(passes(c, "source.forEach((x) => x)")).toBe(false);
  });

  it("record-by-request-id-without-owner-check: an id read from the request's params, body or query", () => {
    const c = collect("a01-access-control/record-by-request-id-without-owner-check.yaml");
    for (const t of ["req.params.noteId", "req.body.id", "request.query.user_id", "req.params.uuid"]) expect(passes(c, `Note.findById(${t})`), t).toBe(true);
    expect(passes(c, "Note.findById(req.session.userId)")).toBe(false);
  });
});
