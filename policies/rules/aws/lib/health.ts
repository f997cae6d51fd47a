// Health-data classification (profile.tags.dataClassification ∈ profile.healthDataTagValues).
import type { Severity } from "../../../core/model";
import type { ResourceRule, ResourceView, RuleContext } from "../../../core/rule";

export function classification(r: ResourceView, ctx: RuleContext): string | undefined {
  const v = r.tags[ctx.profile.tags.dataClassification];
  return v && v.trim() ? v.trim() : undefined;
}

export function isHealthData(r: ResourceView, ctx: RuleContext): boolean {
  const v = classification(r, ctx)?.toLowerCase();
  return v !== undefined && ctx.profile.healthDataTagValues.some((h) => h.toLowerCase() === v);
}

const RAISED: Record<Severity, Severity> = { low: "low", medium: "high", high: "critical", critical: "critical" };

/**
 * CLAUSIER-CHECKS §3 legend: on resources tagged as health data a medium finding becomes high and
 * a high one critical. Low (advisory) rules stay advisory.
 */
export function withHealthEscalation(rule: ResourceRule): ResourceRule {
  if (rule.severity !== "medium" && rule.severity !== "high") return rule;
  return {
    ...rule,
    check(r, ctx) {
      const out = rule.check(r, ctx);
      if (!out.length || !isHealthData(r, ctx)) return out;
      return out.map((v) => ({ ...v, severity: RAISED[v.severity ?? rule.severity] }));
    },
  };
}
