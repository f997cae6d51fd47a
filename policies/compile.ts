// Compiles a hospital profile into the JSON `pulumi preview --policy-pack-config` takes: the
// profile is given to every policy (CrossGuard config is per policy), and policies outside the
// profile's §12 scopes are disabled.
import type { EnforcementLevel } from "./core/model";
import type { Profile } from "./core/profile";
import type { Rule } from "./core/rule";
import { WAIVER_HYGIENE_POLICY } from "./core/crossguard";

export type PolicyPackConfig = Record<string, { enforcementLevel: EnforcementLevel; profile: Profile; now?: string }>;

export function compilePolicyConfig(profile: Profile, rules: Rule[], now?: Date): PolicyPackConfig {
  const out: PolicyPackConfig = {};
  const extra = now ? { now: now.toISOString() } : {};
  for (const r of rules) {
    const inScope = r.scope === "core" || profile.scopes.includes(r.scope);
    const level: EnforcementLevel = !inScope ? "disabled" : r.severity === "critical" || r.severity === "high" || r.severity === "medium" ? "mandatory" : "advisory";
    out[r.name] = { enforcementLevel: level, profile, ...extra };
  }
  out[WAIVER_HYGIENE_POLICY] = { enforcementLevel: "mandatory", profile, ...extra };
  return out;
}
