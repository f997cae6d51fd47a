// French IBAN, docs/checks.md §4.1: a checksum-valid IBAN in test data is real-looking.
import { electronicFormatIBAN, isValidIBAN } from "ibantools";

export const FR_IBAN_RE = /\bFR\d{2}(?:[ ]?\d{4}){2}[ ]?\d{2}[A-Z0-9]{2}(?:[ ]?[A-Z0-9]{4}){2}[ ]?[A-Z0-9]\d{2}\b/g;

export function isValidFrIban(value: string): boolean {
  const e = electronicFormatIBAN(value);
  return !!e && isValidIBAN(e);
}

export function findValidIbans(text: string, allow: ReadonlySet<string> = new Set()): { index: number; value: string }[] {
  const out: { index: number; value: string }[] = [];
  for (const m of text.matchAll(FR_IBAN_RE)) {
    const compact = m[0].replace(/ /g, "");
    if (allow.has(compact)) continue;
    if (isValidFrIban(compact)) out.push({ index: m.index, value: m[0] });
  }
  return out;
}

/** `ci/allow/test-ibans.txt`: one IBAN a line, `#` comments. */
export function parseIbanAllowlist(text: string | undefined): Set<string> {
  const out = new Set<string>();
  for (const line of (text ?? "").split(/\r?\n/)) {
    const v = line.replace(/#.*/, "").replace(/\s/g, "").toUpperCase();
    if (v) out.add(v);
  }
  return out;
}
