// French phone numbers, docs/checks.md §4.1 (O-12.5.9 / O-12.5.12).

export const FR_PHONE_RE = /(?<![\w+])(?:(?:\+|00)33[\s.-]?(?:\(0\)[\s.-]?)?|0)[1-9](?:[\s.-]?\d{2}){4}(?!\w)/g;

/**
 * ARCEP ranges reserved for fiction, as national 10-digit prefixes. Only the two given in
 * docs/checks.md §4.1 are listed (verify the full list in the ARCEP plan national de numérotation);
 * a project adds its own in `ci/allow/test-phones.txt` (one prefix a line).
 */
export const ARCEP_FICTION_PREFIXES = ["019900", "063998"];

/** National form `0XXXXXXXXX` of a matched number. */
export function nationalForm(value: string): string {
  const digits = value.replace(/\(0\)/, "").replace(/\D/g, "");
  if (digits.startsWith("0033")) return "0" + digits.slice(4);
  if (digits.startsWith("33") && digits.length === 11) return "0" + digits.slice(2);
  return digits;
}

export function isFictionNumber(value: string, extraPrefixes: readonly string[] = []): boolean {
  const n = nationalForm(value);
  return [...ARCEP_FICTION_PREFIXES, ...extraPrefixes].some((p) => n.startsWith(p));
}

export function parsePrefixList(text: string | undefined): string[] {
  return (text ?? "").split(/\r?\n/).map((l) => l.replace(/#.*/, "").replace(/\D/g, "")).filter(Boolean);
}

export function findPhones(text: string, extraPrefixes: readonly string[] = []): { index: number; value: string }[] {
  const out: { index: number; value: string }[] = [];
  for (const m of text.matchAll(FR_PHONE_RE)) {
    if (!isFictionNumber(m[0], extraPrefixes)) out.push({ index: m.index, value: m[0] });
  }
  return out;
}
