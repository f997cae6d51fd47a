// Renders a property value for a message in both languages, never throwing on UNKNOWN.
import type { Bilingual } from "../../../core/model";
import { isUnknown } from "../../../core/unknown";

export function shown(v: unknown): Bilingual {
  if (isUnknown(v)) return { fr: "inconnue (prévisualisation)", en: "unknown (preview)" };
  if (v === undefined || v === null || v === "") return { fr: "absent", en: "absent" };
  if (typeof v === "object") return { fr: JSON.stringify(v), en: JSON.stringify(v) };
  return { fr: String(v), en: String(v) };
}
