// Compiles a hospital profile into the JSON `pulumi preview --policy-pack-config` takes: the
// profile is given to every policy (CrossGuard config is per policy), and policies outside the
// profile's §12 scopes are disabled.
import type { EnforcementLevel } from "./core/model";
import type { Profile } from "./core/profile";
import type { Rule } from "./core/rule";
import { WAIVER_HYGIENE_POLICY } from "./core/crossguard";

export type PolicyPackConfig = Record<string, { enforcementLevel: EnforcementLevel; profile: Profile; now?: string }>;

function inScope(r: Rule, profile: Profile): boolean {
  return r.scope === "core" || profile.scopes.includes(r.scope);
}

/** The policies the profile turns off (outside its §12 scopes): they do not run, so they cover no clause. */
export function scopedOutPolicies(profile: Profile, rules: Rule[]): string[] {
  return rules.filter((r) => !inScope(r, profile)).map((r) => r.name).sort();
}

export function compilePolicyConfig(profile: Profile, rules: Rule[], now?: Date): PolicyPackConfig {
  const out: PolicyPackConfig = {};
  const extra = now ? { now: now.toISOString() } : {};
  for (const r of rules) {
    const level: EnforcementLevel = !inScope(r, profile) ? "disabled" : r.severity === "critical" || r.severity === "high" || r.severity === "medium" ? "mandatory" : "advisory";
    out[r.name] = { enforcementLevel: level, profile, ...extra };
  }
  out[WAIVER_HYGIENE_POLICY] = { enforcementLevel: "mandatory", profile, ...extra };
  return out;
}
