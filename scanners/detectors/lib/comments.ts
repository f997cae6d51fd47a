// Comment extraction, so that comment detectors never read strings or code (O-12.5.14).
// TS/JS go through the TypeScript scanner (strings, templates and regex literals are tokens, so
// `"http://x"` is not a comment); other languages use a small state machine.
import ts from "typescript";
import { baseName, extOf } from "./paths";

export interface Comment {
  /** Offset of the comment in the file. */
  index: number;
  /** 1-based line of the comment's start. */
  line: number;
  text: string;
}

const commentLines = new WeakMap<Comment, number[]>();

/** 1-based line of an offset inside a comment (line starts computed once per comment: a comment may have thousands of hits). */
export function lineInComment(c: Comment, offset: number): number {
  let starts = commentLines.get(c);
  if (!starts) {
    starts = lineStarts(c.text);
    commentLines.set(c, starts);
  }
  return c.line + lineOfOffset(starts, Math.min(offset, c.text.length)) - 1;
}

const JS_EXT = new Set(["ts", "tsx", "mts", "cts", "js", "jsx", "mjs", "cjs"]);
const CLIKE_EXT = new Set(["java", "go", "c", "h", "cc", "cpp", "hpp", "cs", "kt", "kts", "rs", "swift", "scala", "groovy", "gradle", "scss", "less", "jsonc", "json5", "proto", "dart"]);
const HASH_ANYWHERE_EXT = new Set(["py", "rb", "r", "pl", "pm"]);
const HASH_EXT = new Set(["sh", "bash", "zsh", "ksh", "yaml", "yml", "toml", "conf", "cfg", "properties", "env", "npmrc", "ps1", "mk", "cmake", "gitignore", "dockerignore", "tf", "tfvars", "hcl"]);
const HTML_EXT = new Set(["html", "htm", "xml", "xhtml", "svg", "md", "markdown", "vue", "svelte", "xsl", "wsdl"]);

interface Syntax {
  line: string[];
  block: [string, string][];
  quotes: string[];
  /** `#` only starts a comment at line start or after whitespace (shell, YAML). */
  hashNeedsSpace?: boolean;
  /** Quotes only open after a non-word character (so `don't` in YAML does not open a string). */
  quoteNeedsBoundary?: boolean;
  /** Doubled quote escapes (SQL). */
  doubledQuote?: boolean;
}

const SYNTAX: Record<string, Syntax> = {
  clike: { line: ["//"], block: [["/*", "*/"]], quotes: ['"', "'", "`"] },
  css: { line: [], block: [["/*", "*/"]], quotes: ['"', "'"] },
  hashAnywhere: { line: ["#"], block: [], quotes: ['"', "'"] },
  hash: { line: ["#"], block: [], quotes: ['"', "'"], hashNeedsSpace: true, quoteNeedsBoundary: true },
  hcl: { line: ["#", "//"], block: [["/*", "*/"]], quotes: ['"'], hashNeedsSpace: true },
  html: { line: [], block: [["<!--", "-->"]], quotes: [] },
  sql: { line: ["--"], block: [["/*", "*/"]], quotes: ["'", '"'], doubledQuote: true },
  php: { line: ["//", "#"], block: [["/*", "*/"]], quotes: ['"', "'"] },
};

export type CommentLanguage = "js" | keyof typeof SYNTAX;

export function languageOf(path: string): CommentLanguage | undefined {
  const ext = extOf(path);
  const base = baseName(path).toLowerCase();
  if (JS_EXT.has(ext)) return "js";
  if (base === "dockerfile" || base.startsWith("dockerfile.") || ext === "dockerfile" || base === "containerfile") return "hash";
  if (base === "makefile" || base === ".npmrc" || base === ".env" || base.startsWith(".env.") || base === "jenkinsfile") return base === "jenkinsfile" ? "clike" : "hash";
  if (ext === "tf" || ext === "tfvars" || ext === "hcl") return "hcl";
  if (ext === "php") return "php";
  if (ext === "css") return "css";
  if (ext === "sql") return "sql";
  if (CLIKE_EXT.has(ext)) return "clike";
  if (HASH_ANYWHERE_EXT.has(ext)) return "hashAnywhere";
  if (HASH_EXT.has(ext)) return "hash";
  if (HTML_EXT.has(ext)) return "html";
  return undefined;
}

let last: { path: string; text: string; comments: Comment[] } | undefined;

/** Comments of a file; the last result is kept, since several detectors read the same file in a row. */
export function extractComments(path: string, text: string): Comment[] {
  if (last && last.path === path && last.text === text) return last.comments;
  const comments = extractCommentsUncached(path, text);
  last = { path, text, comments };
  return comments;
}

function extractCommentsUncached(path: string, text: string): Comment[] {
  const lang = languageOf(path);
  if (!lang) return [];
  const raw = lang === "js" ? jsComments(text, /x$/i.test(extOf(path))) : genericComments(text, SYNTAX[lang]);
  const starts = lineStarts(text);
  return raw.map(({ index, text: t }) => ({ index, text: t, line: lineOfOffset(starts, index) }));
}

function lineStarts(text: string): number[] {
  const s = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) s.push(i + 1);
  return s;
}

function lineOfOffset(starts: number[], off: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= off) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

const K = ts.SyntaxKind;
const REGEX_AFTER_KEYWORD = new Set([
  K.ReturnKeyword, K.TypeOfKeyword, K.InstanceOfKeyword, K.InKeyword, K.OfKeyword, K.NewKeyword, K.DeleteKeyword,
  K.VoidKeyword, K.ThrowKeyword, K.CaseKeyword, K.DoKeyword, K.ElseKeyword, K.YieldKeyword, K.AwaitKeyword,
]);

/** After these tokens a `/` is a division; elsewhere it starts a regular expression literal. */
function slashIsDivision(prev: ts.SyntaxKind): boolean {
  if (REGEX_AFTER_KEYWORD.has(prev)) return false;
  return prev === K.Identifier || prev === K.NumericLiteral || prev === K.BigIntLiteral || prev === K.StringLiteral
    || prev === K.CloseParenToken || prev === K.CloseBracketToken || prev === K.CloseBraceToken
    || prev === K.NoSubstitutionTemplateLiteral || prev === K.TemplateTail || prev === K.PlusPlusToken
    || prev === K.MinusMinusToken || prev === K.RegularExpressionLiteral || prev === K.PrivateIdentifier
    || (prev >= K.FirstKeyword && prev <= K.LastKeyword);
}

function jsComments(text: string, jsx: boolean): { index: number; text: string }[] {
  const sc = ts.createScanner(ts.ScriptTarget.Latest, false, jsx ? ts.LanguageVariant.JSX : ts.LanguageVariant.Standard, text);
  const out: { index: number; text: string }[] = [];
  const templates: number[] = []; // brace depth inside each open template expression
  let prev: ts.SyntaxKind = K.Unknown;
  for (let guard = 0; guard < text.length + 10; guard++) {
    let k = sc.scan();
    if (k === K.EndOfFileToken) break;
    if (k === K.SingleLineCommentTrivia || k === K.MultiLineCommentTrivia) {
      out.push({ index: sc.getTokenStart(), text: sc.getTokenText() });
      continue;
    }
    if (k === K.NewLineTrivia || k === K.WhitespaceTrivia || k === K.ShebangTrivia || k === K.ConflictMarkerTrivia) continue;
    if ((k === K.SlashToken || k === K.SlashEqualsToken) && !slashIsDivision(prev)) k = sc.reScanSlashToken();
    if (k === K.TemplateHead) templates.push(0);
    else if (k === K.OpenBraceToken && templates.length) templates[templates.length - 1]++;
    else if (k === K.CloseBraceToken && templates.length) {
      if (templates[templates.length - 1] === 0) {
        k = sc.reScanTemplateToken(false);
        if (k === K.TemplateTail) templates.pop();
      } else templates[templates.length - 1]--;
    }
    prev = k;
  }
  return out;
}

function genericComments(text: string, syn: Syntax): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i];
    if (syn.quotes.includes(ch) && (!syn.quoteNeedsBoundary || i === 0 || /[\s=:([,{]/.test(text[i - 1]))) {
      let j = i + 1;
      while (j < n) {
        const c = text[j];
        if (c === "\\" && ch !== "'" ) { j += 2; continue; }
        if (c === ch) {
          if (syn.doubledQuote && text[j + 1] === ch) { j += 2; continue; }
          break;
        }
        if (c === "\n" && ch !== "`" && !syn.doubledQuote) break;
        j++;
      }
      i = j + 1;
      continue;
    }
    let matched = false;
    for (const [open, close] of syn.block) {
      if (text.startsWith(open, i)) {
        const end = text.indexOf(close, i + open.length);
        const stop = end < 0 ? n : end + close.length;
        out.push({ index: i, text: text.slice(i, stop) });
        i = stop;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    for (const lc of syn.line) {
      if (!text.startsWith(lc, i)) continue;
      if (lc === "#" && syn.hashNeedsSpace && i > 0 && !/\s/.test(text[i - 1])) continue;
      const end = text.indexOf("\n", i);
      const stop = end < 0 ? n : end;
      out.push({ index: i, text: text.slice(i, stop) });
      i = stop;
      matched = true;
      break;
    }
    if (!matched) i++;
  }
  return out;
}
