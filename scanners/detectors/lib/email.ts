// E-mail addresses in test data, docs/checks.md §4.1: only RFC 2606 / RFC 6761 reserved domains are safe.

export const EMAIL_RE = /(?<![\w.+%:/-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24})(?![\w-])/g;

const RESERVED_SLD = ["example.com", "example.org", "example.net"];
const RESERVED_TLD = ["example", "test", "invalid", "localhost"];
export const CONSUMER_DOMAINS = [
  "gmail.com", "googlemail.com", "orange.fr", "wanadoo.fr", "free.fr", "sfr.fr", "neuf.fr", "laposte.net", "hotmail.fr",
  "hotmail.com", "yahoo.fr", "yahoo.com", "outlook.fr", "outlook.com", "live.fr", "icloud.com", "bbox.fr", "aol.com", "gmx.fr", "proton.me", "protonmail.com",
];
/** "Domains" that are really file names (`icon@2x.png`). */
const FILE_TLD = new Set(["png", "jpg", "jpeg", "gif", "svg", "webp", "ico", "js", "ts", "css", "map", "json", "md", "html"]);

const endsWithDomain = (domain: string, d: string): boolean => domain === d || domain.endsWith("." + d);

export function isReservedDomain(domain: string): boolean {
  const d = domain.toLowerCase();
  return RESERVED_SLD.some((r) => endsWithDomain(d, r)) || RESERVED_TLD.includes(d.slice(d.lastIndexOf(".") + 1)) || d === "localhost";
}

export type EmailKind = "reserved" | "consumer" | "hospital" | "other" | "not-an-email";

export function classifyEmailDomain(domain: string, hospitalDomains: readonly string[]): EmailKind {
  const d = domain.toLowerCase().replace(/^\./, "");
  if (FILE_TLD.has(d.slice(d.lastIndexOf(".") + 1))) return "not-an-email";
  if (isReservedDomain(d)) return "reserved";
  if (hospitalDomains.some((h) => endsWithDomain(d, h.toLowerCase().replace(/^[@.]/, "")))) return "hospital";
  if (CONSUMER_DOMAINS.includes(d)) return "consumer";
  return "other";
}

export interface EmailMatch {
  index: number;
  value: string;
  kind: Exclude<EmailKind, "reserved" | "not-an-email">;
}

export function findEmails(text: string, hospitalDomains: readonly string[]): EmailMatch[] {
  const out: EmailMatch[] = [];
  for (const m of text.matchAll(EMAIL_RE)) {
    // scp-like git remotes (`git@host:org/repo`) are not mailboxes.
    if (text[m.index + m[0].length] === ":" && /^git@/i.test(m[0])) continue;
    const kind = classifyEmailDomain(m[1], hospitalDomains);
    if (kind === "reserved" || kind === "not-an-email") continue;
    out.push({ index: m.index, value: m[0], kind });
  }
  return out;
}
