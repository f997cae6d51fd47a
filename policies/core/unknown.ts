// Values that are not known during `pulumi preview` (outputs of resources not yet created).
// The CrossGuard SDK would turn any read of them into a silent advisory; we convert them into a
// visible marker so that every rule decides on purpose what an unknown means.

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
