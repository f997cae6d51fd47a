// Messages shared by the Azure rules (French first: the contract's language).
import { violation, type Violation } from "../../../core/rule";
import { isUnknown } from "../../../core/unknown";

/** A mandatory property computed at preview: the rule cannot pass it silently. */
export function unknownAt(path: string, what: { fr: string; en: string }): Violation {
  return violation(
    `\`${path}\` est inconnu pendant la prévisualisation : ${what.fr} ne peut être vérifié (fixer une valeur connue ou relancer sur \`pulumi up\`)`,
    `\`${path}\` is unknown during preview: ${what.en} cannot be verified (set a known value or re-run on \`pulumi up\`)`,
  );
}

/** Renders a property value for a message (never used for secret-bearing properties). */
export function shown(v: unknown): string {
  if (v === undefined) return "absent";
  if (isUnknown(v)) return "unknown";
  if (typeof v === "string") return `"${v}"`;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return JSON.stringify(v) ?? String(v);
}
