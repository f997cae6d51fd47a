// NIR (numéro d'inscription au répertoire, "numéro de sécurité sociale"), docs/checks.md §4.1.
// A NIR whose key is valid looks real: test data must not carry one (O-12.5.12).

/** §4.1 pattern: sex, year, month, department (2A/2B for Corsica), commune, order, key. */
export const NIR_RE = /\b([1-478])[ ]?(\d{2})[ ]?(0[1-9]|1[0-2]|[2-9]\d)[ ]?(\d{2}|2[AB])[ ]?(\d{3})[ ]?(\d{3})[ ]?(\d{2})\b/g;

/** The 13 first characters as a number, Corsica 2A → 19 and 2B → 18. */
export function nirBody(thirteen: string): bigint {
  const digits = thirteen.replace(/ /g, "").replace(/^(.{5})2A/i, "$119").replace(/^(.{5})2B/i, "$118");
  if (!/^\d{13}$/.test(digits)) throw new Error("not a 13-character NIR body");
  return BigInt(digits);
}

/** The key (01..97) a NIR body must carry. */
export function nirKey(thirteen: string): number {
  return 97 - Number(nirBody(thirteen) % 97n);
}

/** True when the 15 characters (spaces allowed) form a NIR with a valid key. */
export function isKeyValidNir(value: string): boolean {
  const compact = value.replace(/ /g, "");
  if (compact.length !== 15) return false;
  try {
    return nirKey(compact.slice(0, 13)) === Number(compact.slice(13));
  } catch {
    return false;
  }
}

export interface NirMatch {
  index: number;
  value: string;
  keyValid: boolean;
}

/** Every NIR-shaped value in the text, with its key verdict. */
export function findNirs(text: string): NirMatch[] {
  const out: NirMatch[] = [];
  for (const m of text.matchAll(NIR_RE)) out.push({ index: m.index, value: m[0], keyValid: isKeyValidNir(m[0]) });
  return out;
}
