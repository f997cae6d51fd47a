// Small wrappers over the policy harness for the Azure rule tests.
import type { ResourceRule } from "../../../policies/core/rule";
import { runResourceRule, type Reported, type ResourceInput } from "../../helpers/policy-harness";

export type Props = Record<string, unknown>;

/** Runs `rule` on one resource of `type` (default provider: azure-native in francecentral, stack prod). */
export function run(rule: ResourceRule, type: string, props: Props, extra: Omit<ResourceInput, "type" | "props"> = {}): Reported[] {
  return runResourceRule(rule, { type, props, ...extra });
}

export function messages(out: Reported[]): string[] {
  return out.map((o) => o.message);
}

/** Deep-merges `patch` into a structured clone of `base` (objects merged, everything else replaced). */
export function withProps(base: Props, patch: Props): Props {
  const out: Props = structuredClone(base);
  for (const [k, v] of Object.entries(patch)) {
    const cur = out[k];
    out[k] = v !== null && typeof v === "object" && !Array.isArray(v) && cur !== null && typeof cur === "object" && !Array.isArray(cur)
      ? withProps(cur as Props, v as Props)
      : v;
  }
  return out;
}

/** Removes a dotted path from a clone of `base`. */
export function without(base: Props, path: string): Props {
  const out: Props = structuredClone(base);
  const keys = path.split(".");
  let cur: Props = out;
  for (const k of keys.slice(0, -1)) cur = cur[k] as Props;
  delete cur[keys[keys.length - 1]];
  return out;
}
