// Builds the plain views rules consume from engine data (CrossGuard args, recorded resources).
import { environmentOf, isProductionStack, stackFromUrn } from "./environment";
import { get, isBag, type Bag } from "./props";
import type { Profile } from "./profile";
import type { ProviderView, RuleContext } from "./rule";
import { isUnknown } from "./unknown";

function stringTags(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isBag(v)) return out;
  for (const [k, x] of Object.entries(v)) if (typeof x === "string") out[k] = x;
  return out;
}

/** Provider inputs arrive JSON-encoded (the aws Provider class stringifies `defaultTags`). */
function decoded(v: unknown): unknown {
  if (typeof v !== "string") return v;
  try {
    return JSON.parse(v);
  } catch {
    return undefined;
  }
}

/** Tags of a resource, merged over AWS provider `defaultTags.tags` (docs/checks.md §1.8). */
export function mergedTags(props: Bag, provider?: ProviderView): Record<string, string> {
  const defaults = provider && provider.type.startsWith("pulumi:providers:aws") ? stringTags(get(decoded(provider.props.defaultTags), "tags")) : {};
  const own = isUnknown(props.tags) ? {} : stringTags(props.tags);
  return { ...defaults, ...own };
}

export function makeContext(stack: string, profile: Profile, now: Date = new Date()): RuleContext {
  return { profile, stack, environment: environmentOf(stack, profile), isProd: isProductionStack(stack, profile), now };
}

export function contextForUrn(urn: string, profile: Profile, now?: Date): RuleContext {
  return makeContext(stackFromUrn(urn), profile, now);
}
