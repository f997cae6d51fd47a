// What an output shape may use to build a provider-shaped value: the resource, where it lives
// (partition, region, account; subscription, resource group) and deterministic stand-ins for
// what the cloud picks at random (suffixes, GUIDs), so that two runs see the same documents.
import { createHash } from "node:crypto";

export interface SimContext {
  type: string;
  /** The program's (logical) name of the resource. */
  logical: string;
  inputs: Record<string, unknown>;
  partition: string;
  region: string;
  account: string;
  subscription: string;
  tenant: string;
  /** Lower-case hex digits, `n` of them, the same for the same resource (and salt) in every run. */
  hex(n: number, salt?: string): string;
  /** A GUID-shaped value derived from the resource (and salt). */
  uuid(salt?: string): string;
}

export function seededContext(seed: string, base: Omit<SimContext, "hex" | "uuid">): SimContext {
  const hex = (n: number, salt = "") => {
    let out = "";
    for (let i = 0; out.length < n; i++) out += createHash("sha256").update(`${seed}#${salt}#${i}`).digest("hex");
    return out.slice(0, n);
  };
  const uuid = (salt = "uuid") => { const h = hex(32, salt); return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`; };
  return { ...base, hex, uuid };
}

/** Inputs of which a shape read a value still unknown: what it would derive from it is unknown too. */
const readUnknown = new WeakSet<object>();

/** The string input `key`, when the program set it to a known string. */
export function str(inputs: Record<string, unknown>, key: string): string | undefined {
  const v = inputs[key];
  if (isUnknown(v)) readUnknown.add(inputs);
  return typeof v === "string" && v !== "" && !isUnknown(v) ? v : undefined;
}

export function readAnUnknown(inputs: Record<string, unknown>): boolean {
  return readUnknown.has(inputs);
}

/** The engine's marker of a value unknown during preview (@pulumi/pulumi runtime/rpc.ts). */
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** The wire sentinel, or the SDK's `unknown` as mocks receive it (any copy of @pulumi/pulumi). */
export function isUnknown(v: unknown): boolean {
  return v === UNKNOWN || (typeof v === "object" && v !== null && (v as { __pulumiUnknown?: unknown }).__pulumiUnknown === true);
}

export function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

export function kebab(s: string): string {
  return s.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
}
