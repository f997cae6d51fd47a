// Every repository-derived string passes here before any renderer (HTML, Markdown, GitHub API)
// sees it: known secrets and well-known credential shapes are masked by the one redactor
// (../redaction), bidirectional-control characters are made visible so that a finding message
// cannot reorder what a reviewer reads (trojan source), and other control characters are dropped.
import { cleaner } from "../redaction";

const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

const visible = (clean: (s: string) => string, text: string): string =>
  clean(String(text)).replace(BIDI, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}>`).replace(CONTROL, "");

export function sanitizeText(text: string, secrets: Iterable<string> = []): string {
  return visible(cleaner(secrets), text);
}

/** Returns a function that sanitizes with a fixed list of known secrets. */
export function sanitizer(secrets: Iterable<string> = []): (text: string | undefined | null) => string {
  const clean = cleaner(secrets);
  return (text) => (text === undefined || text === null ? "" : visible(clean, text));
}
