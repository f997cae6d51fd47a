// Values that are not known during `pulumi preview` (outputs of resources not yet created).
// The CrossGuard SDK would turn any read of them into a silent advisory; we convert them into a
// visible marker so that every rule decides on purpose what an unknown means.

import type { ResourceRef } from "./model";
import type { Violation } from "./rule";

export const UNKNOWN: unique symbol = Symbol.for("clausier-guard.unknown");
export type Unknown = typeof UNKNOWN;

/** The sentinels the Pulumi engine uses for unknown values (@pulumi/policy proxy.js). */
const UNKNOWN_SENTINELS = new Set([
  "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7",
  "3eeb2bf0-c639-47a8-9e75-3b44932eb421",
  "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
  "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2",
  "030794c1-ac77-496b-92df-f27374a8bd58",
  "e48ece36-62e2-4504-bad9-02848725956a",
  "dd056dcd-154b-4c76-9bd3-c8f88648b5ff",
]);

export function isUnknownSentinel(v: unknown): boolean {
  return typeof v === "string" && UNKNOWN_SENTINELS.has(v);
}

export function isUnknown(v: unknown): v is Unknown {
  return v === UNKNOWN;
}

/** Deep-copies plain data, replacing engine sentinels by UNKNOWN. Cycles (not shared objects) are cut. */
export function withUnknowns(v: unknown, ancestors: WeakSet<object> = new WeakSet()): unknown {
  if (isUnknownSentinel(v)) return UNKNOWN;
  if (v === null || typeof v !== "object") return v;
  if (ancestors.has(v)) return undefined;
  ancestors.add(v);
  let out: unknown;
  if (Array.isArray(v)) {
    out = v.map((x) => withUnknowns(x, ancestors));
  } else {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) o[k] = withUnknowns(x, ancestors);
    out = o;
  }
  ancestors.delete(v);
  return out;
}

// --- Unknown inputs, reported on purpose -------------------------------------------------------
// A policy whose input is unknown during preview yields ONE advisory per (resource, policy) that
// names the properties it could not verify; at `pulumi up` the values are known and the same policy
// decides with its usual enforcement. Rules say so with `unverified()`; resource rules are also
// watched (`watchUnknownReads`), so a rule that reads an unknown and finds nothing is never silent.

/** A finding that `paths` could not be verified (folded by the edge into one advisory). */
export function unverified(paths: string | string[], resource?: ResourceRef | null): Violation {
  const list = typeof paths === "string" ? [paths] : paths;
  const shown = list.map((p) => `\`${p}\``).join(", ");
  const v: Violation = {
    message: {
      fr: `non vérifiable pendant la prévisualisation (${shown} inconnu${list.length > 1 ? "s" : ""}) : ce contrôle s'applique à \`pulumi up\`, quand les valeurs sont connues`,
      en: `cannot be verified during preview (${shown} unknown): this check is enforced at \`pulumi up\`, when the values are known`,
    },
    unknown: list,
  };
  if (resource !== undefined) v.resource = resource;
  return v;
}

/** Folds the `unverified` findings of one policy run into one per resource, after the known findings. */
export function foldUnknowns(vs: Violation[], watched: string[] = []): Violation[] {
  const known = vs.filter((v) => !v.unknown?.length);
  const groups = new Map<string, { resource: ResourceRef | null | undefined; paths: Set<string> }>();
  const add = (resource: ResourceRef | null | undefined, paths: string[]) => {
    const key = resource === undefined ? "" : resource === null ? "(stack)" : resource.urn;
    const g = groups.get(key) ?? { resource, paths: new Set<string>() };
    for (const p of paths) g.paths.add(p);
    groups.set(key, g);
  };
  for (const v of vs) if (v.unknown?.length) add(v.resource, v.unknown);
  if (watched.length) add(undefined, watched);
  const folded = [...groups.values()].map(({ resource, paths }) => unverified([...paths].sort(), resource));
  return [...known, ...folded];
}

const RAW: unique symbol = Symbol("clausier-guard.raw");

/** The plain data behind a watched bag (for generic scans that must not count as reads). */
export function rawOf<T>(v: T): T {
  return (typeof v === "object" && v !== null && (v as { [RAW]?: T })[RAW]) || v;
}

/**
 * Wraps a property bag so that every read that meets an UNKNOWN is recorded by its path
 * (`siteConfig`, `rules[0].cidr`): the edge turns them into the one advisory for the policy.
 */
export function watchUnknownReads<T extends object>(bag: T, handled: string[] = []): { bag: T; reads: Set<string> } {
  const reads = new Set<string>();
  // `a.b` covers `a.b` and what lies under it; `*.b` does so at any depth; indices compare as `[]`.
  const patterns = handled.map((h) => {
    const anyDepth = h.startsWith("*.");
    const base = (anyDepth ? h.slice(2) : h).replace(/[.[\]]/g, "\\$&");
    return new RegExp(`${anyDepth ? "(^|\\.)" : "^"}${base}($|[.[])`);
  });
  const isHandled = (path: string) => patterns.some((re) => re.test(path.replace(/\[\d+\]/g, "[]")));
  const cache = new WeakMap<object, object>();
  const wrap = (obj: object, path: string): object => {
    const hit = cache.get(obj);
    if (hit) return hit;
    const proxy = new Proxy(obj, {
      get(target, key, receiver) {
        if (key === RAW) return target;
        const v = Reflect.get(target, key, receiver) as unknown;
        if (typeof key !== "string" || !Object.prototype.hasOwnProperty.call(target, key)) return v;
        const at = Array.isArray(target) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
        if (isUnknown(v) && !isHandled(at)) reads.add(at);
        return typeof v === "object" && v !== null ? wrap(v, at) : v;
      },
    });
    cache.set(obj, proxy);
    return proxy;
  };
  return { bag: wrap(bag, "") as T, reads };
}
