// Everything that comes from the repository under review (file names, messages, rule ids, scanner
// output) is untrusted text in a pull-request comment. Escaped so that it renders literally: no
// HTML, no links or images, no table breakage, no @-mentions or #-references, no bidi tricks.
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const ZWSP = "\u200B";

export function mdEscape(text: string): string {
  return text
    .replace(BIDI, "\uFFFD")
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "\uFFFD")
    .replace(/\r\n|\r|\n/g, " ")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    // CommonMark backslash escapes for every punctuation that could start markup; `|` escaped
    // this way is also what GFM tables require inside a cell.
    .replace(/[\\`*_{}[\]()#+!|~"'=$^-]/g, "\\$&")
    // Mentions, team mentions and issue references are resolved on text, after unescaping.
    .replace(/@/g, `@${ZWSP}`)
    .replace(/#/g, `#${ZWSP}`)
    // Bare-URL autolinks (GFM extension): break the scheme separator and `www.`.
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`);
}
