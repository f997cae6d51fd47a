import { globMatch } from "./glob";
import type { EnvironmentDef, Profile } from "./profile";

/** `urn:pulumi:<stack>::<project>::<type>::<name>` → stack name. */
export function stackFromUrn(urn: string): string {
  const m = /^urn:pulumi:([^:]+)::/.exec(urn);
  return m ? m[1] : "";
}

export interface ResolvedEnvironment {
  name: string;
  def: EnvironmentDef;
}

/** The environment a stack belongs to, from the profile's stack-name patterns (first match). */
export function environmentOf(stack: string, profile: Profile): ResolvedEnvironment | undefined {
  for (const [name, def] of Object.entries(profile.environments)) {
    if (def.stacks.some((p) => globMatch(p, stack))) return { name, def };
  }
  return undefined;
}

export function isProductionStack(stack: string, profile: Profile): boolean {
  return environmentOf(stack, profile)?.def.production ?? false;
}
