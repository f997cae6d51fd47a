// The gate's rules for `clausier-guard catalog`: our detectors and advisory rules (their metadata
// lives in code), and the semgrep and gitleaks rules (their metadata lives in the rule files).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import YAML from "yaml";
import type { Bilingual, RuleMeta, Severity } from "../../policies/core/model";
import type { CatalogEntry } from "../../policies/catalog";
import { DETECTORS } from "./scanners/detectors";
import { ADVISORY_RULES } from "./scanners/vulns";

const SCANNERS_DIR = path.resolve(__dirname, "../../scanners");
const SEVERITY_OF: Record<string, Severity> = { critical: "critical", high: "high", medium: "medium", low: "low" };

function gateEntry(meta: RuleMeta): CatalogEntry {
  return { kind: "gate", name: meta.name, clauses: meta.clauses, severity: meta.severity, family: meta.family, scope: meta.scope, description: meta.description, remediation: meta.remediation };
}

/** "français — EN: english" (our rule messages) → both languages. */
function splitBilingual(text: string): Bilingual {
  const [fr, en] = text.replace(/\s+/g, " ").trim().split(/\s*— EN:\s*/);
  return { fr, en: en ?? fr };
}

interface SemgrepRule {
  id: string;
  message: string;
  metadata?: { clauses?: string[]; severity?: string; check?: string; remediation?: Bilingual };
}

export function semgrepCatalog(dir = path.join(SCANNERS_DIR, "semgrep/rules")): CatalogEntry[] {
  const out: CatalogEntry[] = [];
  for (const area of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const f of readdirSync(path.join(dir, area.name)).filter((x) => x.endsWith(".yaml")).sort()) {
      const doc = YAML.parse(readFileSync(path.join(dir, area.name, f), "utf8")) as { rules: SemgrepRule[] };
      for (const r of doc.rules) {
        const description = splitBilingual(r.message);
        out.push({
          kind: "gate", name: `semgrep/${r.id}`, clauses: r.metadata?.clauses ?? [], severity: SEVERITY_OF[r.metadata?.severity ?? ""] ?? "medium",
          family: r.metadata?.check ?? area.name, scope: "dev-provider", description, remediation: r.metadata?.remediation ?? description,
        });
      }
    }
  }
  return out;
}

/** Our custom gitleaks rules ([[rules]] with id, "english | FR: français" description, tags [clause, severity]). */
export function gitleaksCatalog(file = path.join(SCANNERS_DIR, "gitleaks/gitleaks.toml")): CatalogEntry[] {
  const out: CatalogEntry[] = [];
  for (const block of readFileSync(file, "utf8").split(/^\[\[rules\]\]\s*$/m).slice(1)) {
    const id = /^id\s*=\s*"([^"]+)"/m.exec(block)?.[1];
    const desc = /^description\s*=\s*"([^"]+)"/m.exec(block)?.[1] ?? "";
    const tags = [.../^tags\s*=\s*\[([^\]]*)\]/m.exec(block)?.[1].matchAll(/"([^"]+)"/g) ?? []].map((m) => m[1]);
    if (!id) continue;
    const [en, fr] = desc.split(/\s*\|\s*FR:\s*/);
    const remediation = {
      fr: "Retirer le secret du code et de l'historique, le révoquer, le lire depuis un coffre ou une configuration secrète",
      en: "Remove the secret from the code and the history, revoke it, read it from a vault or secret configuration",
    };
    out.push({
      kind: "gate", name: `gitleaks/${id}`, clauses: tags.filter((t) => /^O-/.test(t)), severity: tags.map((t) => SEVERITY_OF[t]).find(Boolean) ?? "high",
      family: "T2-S", scope: "dev-provider", description: { fr: fr ?? en, en }, remediation,
    });
  }
  return out;
}

export function gateCatalog(): CatalogEntry[] {
  return [...DETECTORS.map(gateEntry), ...ADVISORY_RULES.map(gateEntry), ...semgrepCatalog(), ...gitleaksCatalog()];
}
