// Path globs for --exclude, with gitignore-like meaning (policies/core/glob.ts is for names and
// URNs, where `*` may cross `/`; file paths need segment-aware matching):
//   `*` any run within one path segment, `?` one character, `**` any number of segments;
//   a pattern without `/` matches a name at any depth (`*.min.js`, `testdata`);
//   a trailing `/` means "this directory and everything under it" (`node_modules/`);
//   a pattern that matches a directory excludes everything under it.
const cache = new Map<string, RegExp>();

function compile(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (re) return re;
  let p = pattern.replace(/\\/g, "/").replace(/^\.\//, "");
  if (p.endsWith("/")) p = p.slice(0, -1);
  const anchored = p.startsWith("/") || p.includes("/");
  p = p.replace(/^\//, "");
  let body = "";
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === "*" && p[i + 1] === "*") {
      const slashAfter = p[i + 2] === "/";
      body += slashAfter ? "(?:.*/)?" : ".*";
      i += slashAfter ? 2 : 1;
    } else if (c === "*") body += "[^/]*";
    else if (c === "?") body += "[^/]";
    else body += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  re = new RegExp(anchored ? `^${body}$` : `^(?:.*/)?${body}$`);
  cache.set(pattern, re);
  return re;
}

/** True when `path` (repository-relative, `/`-separated) or one of its parent folders matches. */
export function pathMatches(pattern: string, path: string): boolean {
  const re = compile(pattern);
  const parts = path.split("/");
  for (let n = parts.length; n >= 1; n--) {
    if (re.test(parts.slice(0, n).join("/"))) return true;
  }
  return false;
}

export function isExcluded(path: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => pathMatches(p, path));
}
