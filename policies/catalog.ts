// The catalog: every rule's metadata, read from the rules themselves (held once, in each rule).
import type { Lang, RuleMeta } from "./core/model";
import { waiverHygieneRule } from "./core/crossguard";
import { allRules } from "./rules";

export interface CatalogEntry extends RuleMeta {
  kind: "resource" | "stack" | "gate";
  types?: string[];
  /** Gate rules: the scanner whose findings carry this rule (its status says whether the rule ran). */
  scanner?: string;
  /** Gate rules: the rule id findings carry, when it differs from `name` (`semgrep/<id>` → `<id>`). */
  rule?: string;
  /** Gate rules: the gate check id (`T2-D1`) listed in docs/clauses.md. */
  check?: string;
}

/** The pack's policies, as buildPolicies() registers them: every rule plus the waiver hygiene. */
export function policyCatalog(): CatalogEntry[] {
  return [...allRules, waiverHygieneRule(allRules)].map((r) => ({
    kind: r.kind, name: r.name, clauses: r.clauses, severity: r.severity, family: r.family, scope: r.scope,
    description: r.description, remediation: r.remediation,
    ...(r.basis ? { basis: r.basis } : {}),
    ...(r.kind === "resource" ? { types: r.types } : {}),
  }));
}

/** A rule's basis in one line: `clause « … »`, `profile: key`, `practice`; "—" when the rule has none yet. */
export function basisText(basis: RuleMeta["basis"], lang: Lang): string {
  if (!basis) return "—";
  if (basis.kind === "clause") return `clause « ${basis.text} »`;
  if (basis.kind === "profile") return `${lang === "fr" ? "profil" : "profile"}: ${basis.key}`;
  return lang === "fr" ? "bonne pratique" : "good practice";
}
