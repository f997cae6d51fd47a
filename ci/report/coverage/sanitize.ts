// Every repository-derived string passes here before any renderer (HTML, Markdown, GitHub API)
// sees it. Known secrets (the values scanners matched, the GitHub token) are masked by `redact`;
// well-known credential shapes are masked as a second line of defence, because a scanner message
// or a resource name may quote a secret that no scanner reported. Bidirectional-control
// characters are made visible so that a finding message cannot reorder what a reviewer reads
// (trojan source), and other control characters are dropped.
import { redact } from "../../../policies/core/redact";

const MASK = "[REDACTED]";

const PATTERNS: RegExp[] = [
  // GitHub tokens (classic and fine-grained).
  /\b(?:gh[pousr]_[A-Za-z0-9]{30,255}|github_pat_[A-Za-z0-9_]{22,255})\b/g,
  // AWS access key ids.
  /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g,
  // Slack tokens.
  /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g,
  // JWTs.
  /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g,
  // PEM private keys, whole block (or to the end when truncated).
  /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|$)/g,
];

// Password in a URL's user info: keep the scheme and user so the finding stays readable.
const URL_USERINFO = /\b([a-z][a-z0-9+.-]{1,20}:\/\/[^\s/:@'"]{1,64}):[^\s/@'"]{1,128}@/gi;

const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function sanitizeText(text: string, secrets: Iterable<string> = []): string {
  let out = redact(String(text), secrets);
  for (const re of PATTERNS) out = out.replace(re, MASK);
  out = out.replace(URL_USERINFO, `$1:${MASK}@`);
  out = out.replace(BIDI, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}>`);
  return out.replace(CONTROL, "");
}

/** Returns a function that sanitizes with a fixed list of known secrets. */
export function sanitizer(secrets: Iterable<string> = []): (text: string | undefined | null) => string {
  const list = [...secrets].filter((s) => typeof s === "string" && s.length >= 3);
  return (text) => (text === undefined || text === null ? "" : sanitizeText(text, list));
}
