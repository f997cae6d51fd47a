// Every taint rule that takes request data as its source takes it in both shapes: Express-style
// `req.query/body/…` and a handler parameter a framework binds by decorator (NestJS `@Query()`,
// routing-controllers `@QueryParam()`), with one and the same list of decorators. A rule that
// forgot the second shape would see nothing in a NestJS code base.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DEFAULT_SEMGREP_RULES } from "../../../ci/gate/scanners/semgrep";

interface Rule { id: string; mode?: string; "pattern-sources"?: unknown[] }

const rules: { file: string; rule: Rule }[] = readdirSync(DEFAULT_SEMGREP_RULES, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".yaml"))
  .flatMap((f) => ((parse(readFileSync(join(DEFAULT_SEMGREP_RULES, f), "utf8")) as { rules: Rule[] }).rules ?? []).map((rule) => ({ file: f, rule })));

const text = (v: unknown) => JSON.stringify(v);
const takesExpressRequest = (sources: unknown[]) => sources.some((s) => /\$REQ\.(query|body)|\breq\.(query|body)\b/.test(text(s)));
/** The decorator list of the source that reads a decorated handler parameter, if any. */
function decoratorList(sources: unknown[]): string | undefined {
  for (const s of sources) {
    const t = text(s);
    if (!t.includes("@$DECORATOR(...) $PARAM")) continue;
    return /"metavariable":"\$DECORATOR","regex":"([^"]+)"/.exec(t)?.[1];
  }
  return undefined;
}

describe("semgrep taint rules: request sources", () => {
  const withRequest = rules.filter(({ rule }) => rule.mode === "taint" && takesExpressRequest(rule["pattern-sources"] ?? []));

  it("finds the taint rules that read request data", () => {
    expect(withRequest.length).toBeGreaterThanOrEqual(12);
  });

  it("each also reads decorated handler parameters, with the same decorators", () => {
    const lists = new Map(withRequest.map(({ rule }) => [rule.id, decoratorList(rule["pattern-sources"] ?? [])]));
    const missing = [...lists].filter(([, l]) => l === undefined).map(([id]) => id);
    expect(missing, "rules without the decorated-parameter source").toEqual([]);
    expect(new Set(lists.values()).size, `decorator lists differ: ${text(Object.fromEntries(lists))}`).toBe(1);
    expect([...lists.values()][0]).toContain("Query");
  });
});
