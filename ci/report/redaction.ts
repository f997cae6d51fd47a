// Defence in depth: scanners redact what they report, the gate redacts again with every secret
// any scanner told it about, and every reporter passes each string it writes through here, with
// generic secret shapes removed as well (a message quoting a line may carry a secret no scanner
// named).
import { redact } from "../../policies/core/redact";

export const MASK = "[REDACTED]";

/** Shapes that are secrets wherever they appear; each keeps only a harmless prefix. */
const GENERIC: Array<[RegExp, string]> = [
  // PEM private key blocks (header, base64 body, footer) and bare headers.
  [/-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----(?:[A-Za-z0-9+/=\s:,.\\-]*?-----END [A-Z0-9 ]*PRIVATE KEY-----|(?:(?:\s|\\[nr])*[A-Za-z0-9+/=]{20,})*)/g, `-----BEGIN $1PRIVATE KEY----- ${MASK}`],
  // AWS access key ids.
  [/\b(?:AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ABIA|ACCA)[0-9A-Z]{16}\b/g, MASK],
  // Passwords in URLs: scheme://user:password@host.
  [/\b([a-z][a-z0-9+.-]{1,20}:\/\/[^\s/:@'"]{0,64}:)[^\s/@'"]{1,128}@/gi, `$1${MASK}@`],
  // JWTs.
  [/\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g, MASK],
  // Connection-string passwords and Azure storage keys.
  [/\b((?:password|pwd|accountkey|sharedaccesskey)\s*=\s*)[^;&\s"'<>]{3,}/gi, `$1${MASK}`],
  // GitHub, Slack, npm tokens.
  [/\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}|xox[abprs]-[A-Za-z0-9-]{10,}|npm_[A-Za-z0-9]{30,})\b/g, MASK],
];

export function redactGeneric(text: string): string {
  let out = text;
  for (const [re, by] of GENERIC) out = out.replace(re, by);
  return out;
}

/** Longest first, so that a secret containing another is masked whole. */
export function secretList(secrets: Iterable<string> | undefined): string[] {
  return [...new Set(secrets ?? [])].filter((s) => typeof s === "string" && s.length >= 3).sort((a, b) => b.length - a.length);
}

/** Builds the cleaning function a reporter applies to every string it writes. */
export function cleaner(secrets: Iterable<string> | undefined): (text: string) => string {
  const list = secretList(secrets);
  return (text) => redactGeneric(redact(text, list));
}

/** Every string of a plain value cleaned, its structure kept. */
export function cleanDeep<T>(v: T, clean: (s: string) => string): T {
  if (typeof v === "string") return clean(v) as T;
  if (Array.isArray(v)) return v.map((x) => cleanDeep(x, clean)) as T;
  if (typeof v === "object" && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, cleanDeep(x, clean)])) as T;
  return v;
}
