// Messages shared by the Azure rules (French first: the contract's language).
import { isUnknown } from "../../../core/unknown";

/** Renders a property value for a message (never used for secret-bearing properties). */
export function shown(v: unknown): string {
  if (v === undefined) return "absent";
  if (isUnknown(v)) return "unknown";
  if (typeof v === "string") return `"${v}"`;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return JSON.stringify(v) ?? String(v);
}
