// The rules the coverage is derived from: every enabled rule of the product (the pack's policies,
// the gate's detectors, semgrep and gitleaks rules, the gate's own rules), each with the check
// that runs it. A clause is automated only through these; nothing here is kept by hand.
import { policyCatalog, type CatalogEntry } from "../../../policies/catalog";
import { WAIVER_HYGIENE_POLICY } from "../../../policies/core/crossguard";
import { gateCatalog, GITLEAKS_DEFAULT_RULES } from "../../gate/catalog";
import { GATE_SCANNER } from "../../gate/gate";
import { normaliseClauseId } from "./clauses";

/** What runs a rule: the policy pack (`evaluate`), or a gate scanner named as in the gate report. */
export type Runner = { kind: "policy-pack" } | { kind: "scanner"; name: string };

export const POLICY_PACK: Runner = { kind: "policy-pack" };

/** Rules the gate raises too, beside the policy pack (same rule, same metadata). */
const ALSO_RAISED_BY_GATE = new Set([WAIVER_HYGIENE_POLICY]);

let cached: CatalogEntry[] | undefined;

/** The whole catalog, policies first (what `clausier-guard catalog` prints). */
export function ruleCatalog(): CatalogEntry[] {
  cached ??= [...policyCatalog(), ...gateCatalog()];
  return cached;
}

export function runnersOf(e: CatalogEntry): Runner[] {
  if (e.kind === "gate") return [{ kind: "scanner", name: e.scanner ?? GATE_SCANNER }];
  return ALSO_RAISED_BY_GATE.has(e.name) ? [POLICY_PACK, { kind: "scanner", name: GATE_SCANNER }] : [POLICY_PACK];
}

const byClause = new WeakMap<CatalogEntry[], Map<string, CatalogEntry[]>>();

/** The enabled rules that carry a clause, in catalog order (indexed once per catalog: a portfolio asks for every clause of every bundle). */
export function rulesForClause(clauseId: string, catalog = ruleCatalog()): readonly CatalogEntry[] {
  let index = byClause.get(catalog);
  if (!index) {
    index = new Map();
    for (const e of catalog) {
      for (const id of new Set(e.clauses.map(normaliseClauseId))) {
        const list = index.get(id) ?? [];
        list.push(e);
        index.set(id, list);
      }
    }
    byClause.set(catalog, index);
  }
  return index.get(normaliseClauseId(clauseId)) ?? [];
}

/**
 * The catalog entry of a finding: by the rule id findings carry (and the scanner, when both say
 * one); a gitleaks rule that is not ours is one of gitleaks' default rules.
 */
export function entryForFinding(f: { rule: string; scanner?: string }, catalog = ruleCatalog()): CatalogEntry | undefined {
  const sameScanner = (e: CatalogEntry) => !f.scanner || !e.scanner || e.scanner === f.scanner;
  const found = catalog.find((e) => (e.rule ?? e.name) === f.rule && sameScanner(e));
  if (found || f.scanner !== "gitleaks") return found;
  return catalog.find((e) => e.name === GITLEAKS_DEFAULT_RULES);
}
