// The catalog: every rule's metadata, read from the rules themselves (held once, in each rule).
import type { Bilingual, RuleMeta } from "./core/model";
import { allRules } from "./rules";

export interface CatalogEntry extends RuleMeta {
  kind: "resource" | "stack" | "gate";
  types?: string[];
}

export function policyCatalog(): CatalogEntry[] {
  return allRules.map((r) => ({
    kind: r.kind, name: r.name, clauses: r.clauses, severity: r.severity, family: r.family, scope: r.scope,
    description: r.description, remediation: r.remediation,
    ...(r.kind === "resource" ? { types: r.types } : {}),
  }));
}

export function pick(b: Bilingual, lang: keyof Bilingual): string {
  return b[lang];
}
