// The gate's rules for `clausier-guard catalog`: our detectors, advisory rules and the gate's own
// rules (their metadata lives in code), and the semgrep and gitleaks rules (their metadata lives in
// the rule files; gitleaks' basis in a side table, scanners/gitleaks/basis.yaml).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import YAML from "yaml";
import type { Basis, Bilingual, RuleMeta, Severity } from "../../policies/core/model";
import type { CatalogEntry } from "../../policies/catalog";
import { GATE_SCANNER } from "./gate";
import { BUNDLE_SAST_SKIPPED, COMMIT_SIGNATURE, FILE_EXCLUDED, FILE_NOT_SCANNED, PROFILE_CHANGED, SIGNATURE_SCANNER } from "./rules";
import { DETECTORS, SCANNER_NAME as DETECTORS_SCANNER } from "./scanners/detectors";
import { ADVISORIES_SCANNER, ADVISORY_RULES } from "./scanners/vulns";

const SCANNERS_DIR = path.resolve(__dirname, "../../scanners");
const SEVERITY_OF: Record<string, Severity> = { critical: "critical", high: "high", medium: "medium", low: "low" };

function gateEntry(meta: RuleMeta, scanner: string, check?: string): CatalogEntry {
  const { name, clauses, severity, family, scope, description, remediation, basis } = meta;
  return { kind: "gate", name, clauses, severity, family, scope, description, remediation, ...(basis ? { basis } : {}), scanner, ...(check ? { check } : {}) };
}

/** A basis as rule files spell it (`{kind: clause, text}`, `{kind: profile, key}`, `{kind: practice}`); anything else is none. */
export function readBasis(v: unknown): Basis | undefined {
  const b = v as { kind?: unknown; text?: unknown; key?: unknown } | null | undefined;
  if (b?.kind === "clause" && typeof b.text === "string" && b.text.trim()) return { kind: "clause", text: b.text };
  if (b?.kind === "profile" && typeof b.key === "string" && b.key.trim()) return { kind: "profile", key: b.key };
  if (b?.kind === "practice") return { kind: "practice" };
  return undefined;
}

/** "français — EN: english" (our rule messages) → both languages. */
function splitBilingual(text: string): Bilingual {
  const [fr, en] = text.replace(/\s+/g, " ").trim().split(/\s*— EN:\s*/);
  return { fr, en: en ?? fr };
}

interface SemgrepRule {
  id: string;
  message: string;
  metadata?: { clauses?: string[]; severity?: string; check?: string; remediation?: Bilingual; basis?: unknown };
}

export function semgrepCatalog(dir = path.join(SCANNERS_DIR, "semgrep/rules")): CatalogEntry[] {
  const out: CatalogEntry[] = [];
  for (const area of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const f of readdirSync(path.join(dir, area.name)).filter((x) => x.endsWith(".yaml")).sort()) {
      const doc = YAML.parse(readFileSync(path.join(dir, area.name, f), "utf8")) as { rules: SemgrepRule[] };
      for (const r of doc.rules) {
        const description = splitBilingual(r.message);
        const basis = readBasis(r.metadata?.basis);
        out.push({
          kind: "gate", name: `semgrep/${r.id}`, clauses: r.metadata?.clauses ?? [], severity: SEVERITY_OF[r.metadata?.severity ?? ""] ?? "medium",
          family: r.metadata?.check ?? area.name, scope: "dev-provider", description, remediation: r.metadata?.remediation ?? description,
          ...(basis ? { basis } : {}), scanner: "semgrep", rule: r.id, ...(r.metadata?.check ? { check: r.metadata.check } : {}),
        });
      }
    }
  }
  return out;
}

/** Entry for gitleaks' default ruleset: its findings carry the default rules' own ids. */
export const GITLEAKS_DEFAULT_RULES = "gitleaks/default-rules";

const GITLEAKS_REMEDIATION = {
  fr: "Retirer le secret du code et de l'historique, le révoquer, le lire depuis un coffre ou une configuration secrète",
  en: "Remove the secret from the code and the history, revoke it, read it from a vault or secret configuration",
};

/** scanners/gitleaks/basis.yaml: `default` and one basis per custom rule id. */
export function gitleaksBases(file = path.join(SCANNERS_DIR, "gitleaks/basis.yaml")): { default?: Basis; rules: Record<string, Basis | undefined> } {
  const doc = (YAML.parse(readFileSync(file, "utf8")) ?? {}) as { default?: unknown; rules?: Record<string, unknown> };
  return { default: readBasis(doc.default), rules: Object.fromEntries(Object.entries(doc.rules ?? {}).map(([id, b]) => [id, readBasis(b)])) };
}

/** Our custom gitleaks rules ([[rules]] with id, "english | FR: français" description, tags [clause, severity]), then the default ruleset. */
export function gitleaksCatalog(file = path.join(SCANNERS_DIR, "gitleaks/gitleaks.toml"), bases = gitleaksBases()): CatalogEntry[] {
  const out: CatalogEntry[] = [];
  for (const block of readFileSync(file, "utf8").split(/^\[\[rules\]\]\s*$/m).slice(1)) {
    const id = /^id\s*=\s*"([^"]+)"/m.exec(block)?.[1];
    const desc = /^description\s*=\s*"([^"]+)"/m.exec(block)?.[1] ?? "";
    const tags = [.../^tags\s*=\s*\[([^\]]*)\]/m.exec(block)?.[1].matchAll(/"([^"]+)"/g) ?? []].map((m) => m[1]);
    if (!id) continue;
    const [en, fr] = desc.split(/\s*\|\s*FR:\s*/);
    const basis = bases.rules[id];
    out.push({
      kind: "gate", name: `gitleaks/${id}`, clauses: tags.filter((t) => /^O-/.test(t)), severity: tags.map((t) => SEVERITY_OF[t]).find(Boolean) ?? "high",
      family: "T2-S", scope: "dev-provider", description: { fr: fr ?? en, en }, remediation: GITLEAKS_REMEDIATION,
      ...(basis ? { basis } : {}), scanner: "gitleaks", rule: id,
    });
  }
  // The adapter reports every gitleaks finding under O-12.5.9; default rules carry no severity tag: critical.
  out.push({
    kind: "gate", name: GITLEAKS_DEFAULT_RULES, clauses: ["O-12.5.9"], severity: "critical", family: "T2-S", scope: "dev-provider",
    description: {
      fr: "Règles par défaut de gitleaks (version épinglée) : jetons de fournisseurs cloud, clés privées, clés d'API génériques…",
      en: "gitleaks' default rules (pinned version): cloud provider tokens, private keys, generic API keys…",
    },
    remediation: GITLEAKS_REMEDIATION, ...(bases.default ? { basis: bases.default } : {}), scanner: "gitleaks",
  });
  return out;
}

export function gateCatalog(): CatalogEntry[] {
  return [
    ...DETECTORS.map((d) => gateEntry(d, DETECTORS_SCANNER, d.row)),
    ...ADVISORY_RULES.map((r) => gateEntry(r, ADVISORIES_SCANNER)),
    gateEntry(FILE_NOT_SCANNED, GATE_SCANNER),
    gateEntry(FILE_EXCLUDED, GATE_SCANNER),
    gateEntry(PROFILE_CHANGED, GATE_SCANNER),
    gateEntry(BUNDLE_SAST_SKIPPED, GATE_SCANNER),
    gateEntry(COMMIT_SIGNATURE, SIGNATURE_SCANNER),
    ...semgrepCatalog(), ...gitleaksCatalog(),
  ];
}
