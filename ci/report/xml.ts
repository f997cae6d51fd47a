// XML escaping for JUnit: the five predefined entities, and characters XML 1.0 cannot carry at
// all (control characters, lone surrogates, U+FFFE/U+FFFF) replaced by U+FFFD.
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlEscape(text: string): string {
  return text.replace(INVALID, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

/** Attribute values also keep their line breaks (otherwise normalised to spaces by parsers). */
export function xmlAttr(text: string): string {
  return xmlEscape(text).replace(/\r/g, "&#13;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}
