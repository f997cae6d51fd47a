// Small readers over plain property bags. Rules use these instead of ad-hoc casts so that an
// adversarial bag (wrong types, unknowns, huge arrays) never makes a rule throw.
import { isUnknown, rawOf, UNKNOWN, type Unknown } from "./unknown";

export type Bag = Record<string, unknown>;

export function isBag(v: unknown): v is Bag {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Reads a dotted path; returns UNKNOWN if any step is unknown, undefined if absent. */
export function get(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const key of path.split(".")) {
    if (isUnknown(cur)) return UNKNOWN;
    if (!isBag(cur)) return undefined;
    cur = cur[key];
  }
  return cur;
}

export function str(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}

export function num(v: unknown): number | undefined {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

export function bool(v: unknown): boolean | undefined {
  if (typeof v === "boolean") return v;
  if (v === "true") return true;
  if (v === "false") return false;
  return undefined;
}

export function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

export function bags(v: unknown): Bag[] {
  return arr(v).filter(isBag);
}

export function strs(v: unknown): string[] {
  if (typeof v === "string") return [v];
  return arr(v).filter((x): x is string => typeof x === "string");
}

/** Case-insensitive string equality (Azure enums differ in case between services). */
export function eqi(v: unknown, expected: string): boolean {
  return typeof v === "string" && v.toLowerCase() === expected.toLowerCase();
}

export function unknownOr<T>(v: unknown, f: (x: unknown) => T): T | Unknown {
  return isUnknown(v) ? UNKNOWN : f(v);
}

/** Every string found anywhere in a bag, with its path (for ARN / resource-id scans). */
export function* walkStrings(v: unknown, path = "", depth = 0): Generator<[string, string]> {
  v = rawOf(v);
  if (depth > 32) return;
  if (typeof v === "string") yield [path, v];
  else if (Array.isArray(v)) for (let i = 0; i < v.length; i++) yield* walkStrings(v[i], `${path}[${i}]`, depth + 1);
  else if (isBag(v)) for (const [k, x] of Object.entries(v)) yield* walkStrings(x, path ? `${path}.${k}` : k, depth + 1);
}
