// scanners/gitleaks/basis.yaml holds the basis gitleaks' TOML cannot: one entry per custom rule,
// none for a rule that does not exist, and one for the default ruleset.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { gitleaksBases, gitleaksCatalog } from "../../../ci/gate/catalog";

const TOML = path.resolve(__dirname, "../../../scanners/gitleaks/gitleaks.toml");

describe("gitleaks basis side table", () => {
  it("has a clause basis for every custom rule and for the default ruleset, and nothing else", () => {
    const ids = [...readFileSync(TOML, "utf8").matchAll(/^id\s*=\s*"([^"]+)"/gm)].map((m) => m[1]).sort();
    const bases = gitleaksBases();
    expect(Object.keys(bases.rules).sort()).toEqual(ids);
    for (const id of ids) expect(bases.rules[id], id).toMatchObject({ kind: "clause", text: expect.stringMatching(/cod(age|és) en dur/) });
    expect(bases.default?.kind).toBe("clause");
  });
  it("feeds the catalog: a rule the table does not know has no basis", () => {
    const entries = gitleaksCatalog(TOML, { rules: { "jwt-token": { kind: "practice" } } });
    expect(entries.find((e) => e.rule === "jwt-token")?.basis).toEqual({ kind: "practice" });
    expect(entries.find((e) => e.rule === "fr-phone-number")?.basis).toBeUndefined();
    expect(entries.find((e) => e.name === "gitleaks/default-rules")?.basis).toBeUndefined();
  });
});
