import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { bags, bool, eqi, get } from "../../../core/props";

/** Content-filter names for personal data (verify against the current RAI filter catalogue). */
const PII_FILTER = /\bpii\b|personal|personnel/i;

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-ai-rai-policy-pii",
  clauses: ["O-12.6.4"],
  severity: "low",
  basis: { kind: "practice" },
  family: "I",
  scope: "ai",
  description: {
    fr: "Les politiques d'IA responsable des points de terminaison génératifs bloquent les données personnelles (filtre PII)",
    en: "Responsible-AI policies of generative endpoints block personal data (PII filter)",
  },
  remediation: {
    fr: "Ajouter à `properties.contentFilters` un filtre PII activé et bloquant (`enabled: true`, `blocking: true` ou `action: \"BLOCKING\"`)",
    en: "Add an enabled, blocking PII filter to `properties.contentFilters` (`enabled: true`, `blocking: true` or `action: \"BLOCKING\"`)",
  },
  types: ["azure-native:cognitiveservices:RaiPolicy"],
  check(r) {
    // Advisory: unknown filters read as absent.
    const filters = bags(get(r.props, "properties.contentFilters"));
    const ok = filters.some((f) => typeof f.name === "string" && PII_FILTER.test(f.name)
      && bool(f.enabled) !== false && (bool(f.blocking) === true || eqi(f.action, "BLOCKING")));
    if (ok) return [];
    return [violation("aucun filtre PII activé et bloquant dans `properties.contentFilters`", "no enabled, blocking PII filter in `properties.contentFilters`")];
  },
};
