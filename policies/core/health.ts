// Health data: a resource whose classification tag (profile.tags.dataClassification, key matched
// case-insensitively) holds one of profile.healthDataTagValues. docs/checks.md §3.1: on such
// resources a medium finding becomes high and a high one critical.
import type { Severity } from "./model";
import type { Profile } from "./profile";
import type { ResourceRule, ResourceView, Violation } from "./rule";

export function classificationTag(r: ResourceView, profile: Profile): string | undefined {
  const want = profile.tags.dataClassification.toLowerCase();
  const key = Object.keys(r.tags).find((k) => k.toLowerCase() === want);
  const v = key === undefined ? undefined : r.tags[key].trim();
  return v ? v : undefined;
}

export function isHealthData(r: ResourceView, profile: Profile): boolean {
  const v = classificationTag(r, profile)?.toLowerCase();
  return v !== undefined && profile.healthDataTagValues.some((h) => h.toLowerCase() === v);
}

const RAISED: Record<Severity, Severity> = { low: "low", medium: "high", high: "critical", critical: "critical" };

export function raisedOnHealth(base: Severity, r: ResourceView, profile: Profile): Severity {
  return isHealthData(r, profile) ? RAISED[base] : base;
}

/** Wraps a resource rule so that its findings on health data are raised one level (low stays advisory). */
export function withHealthEscalation(rule: ResourceRule): ResourceRule {
  if (rule.severity !== "medium" && rule.severity !== "high") return rule;
  return {
    ...rule,
    check(r, ctx) {
      const out = rule.check(r, ctx);
      if (!out.length || !isHealthData(r, ctx.profile)) return out;
      return out.map((v) => ({ ...v, severity: RAISED[v.severity ?? rule.severity] }));
    },
  };
}

/**
 * O-8.4 covers stores of personal data: a customer key on a store that holds none (a cache, a disk
 * not tagged as health data) stands on the profile's `keys.scope: all`, advisory otherwise.
 */
export function outsideKeyScope(violations: Violation[]): Violation[] {
  return violations.map((v) => ({ ...v, basis: { kind: "profile", key: "keys.scope" } }));
}
