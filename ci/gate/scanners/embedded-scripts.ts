// The <script> blocks of pages, server templates and components (.html, .ejs, .hbs, .vue,
// .svelte…) as JavaScript/TypeScript the semgrep JS rules can read: semgrep parses those files as
// text, so without this the injection, token and crypto rules never see the code a page runs.
// The copy keeps every line and column of the original (everything outside the blocks becomes
// spaces), so a result's position is the position in the original file.
import { Parser } from "htmlparser2";

/** Files whose inline scripts are extracted. */
export const EMBEDDING_EXT = /\.(?:html?|ejs|hbs|handlebars|mustache|njk|nunjucks|swig|twig|vue|svelte)$/i;
/** Components whose scripts are plain JS/TS: no server-template tags to neutralise in them. */
const COMPONENT_EXT = /\.(?:vue|svelte)$/i;
/** `type` values that are JavaScript (absent, module, a JS MIME type); others (JSON, templates) are data. */
const JS_TYPE = /^(?:|module|(?:text|application)\/(?:javascript|ecmascript|babel|typescript|jsx)|text\/x-(?:javascript|typescript))$/i;
/** Server-template tags inside a script (`var id = <%= user.id %>;`): EJS, Handlebars/Mustache/Nunjucks/Twig. */
const TEMPLATE_TAG = /<%[\s\S]*?%>|\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g;

export interface EmbeddedScripts {
  /** The original text with everything outside the script blocks blanked, line breaks kept. */
  code: string;
  /** A block says lang="ts" / type="…typescript": the copy is read as TypeScript. */
  typescript: boolean;
  blocks: number;
}

/** The file's inline scripts, or undefined when it has none (external `src` scripts and data blocks do not count). */
export function embeddedScripts(file: string, source: string): EmbeddedScripts | undefined {
  const ranges: [number, number][] = [];
  let typescript = false;
  let open: number | undefined;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name !== "script" || attribs.src !== undefined || !JS_TYPE.test((attribs.type ?? "").trim())) return;
        open = parser.endIndex + 1;
        typescript ||= /^(?:ts|typescript)$/i.test(attribs.lang ?? "") || /typescript/i.test(attribs.type ?? "");
      },
      onclosetag(name) {
        if (name !== "script" || open === undefined) return;
        if (parser.startIndex > open) ranges.push([open, parser.startIndex]);
        open = undefined;
      },
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(source);
  parser.end();
  if (ranges.length === 0) return undefined;

  const out = blank(source);
  const component = COMPONENT_EXT.test(file);
  for (const [start, end] of ranges) {
    let body = source.slice(start, end);
    // A tag becomes an identifier of its length (a value in an expression, a word in a string).
    if (!component) body = body.replace(TEMPLATE_TAG, (tag) => tag.replace(/[^\r\n]/g, "_"));
    for (let i = 0; i < body.length; i++) out[start + i] = body[i];
  }
  return { code: out.join(""), typescript, blocks: ranges.length };
}

/** UTF-16 units, as the parser's indices count them. */
function blank(source: string): string[] {
  return source.split("").map((c) => (c === "\n" || c === "\r" ? c : " "));
}
