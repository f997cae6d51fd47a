// A small SPDX licence-expression evaluator (stand-in for spdx-expression-parse + spdx-satisfies).
// OR is satisfied when any branch is acceptable, AND when all are; `WITH <exception>` keeps the licence.

export type LicenceVerdict = "allowed" | "review" | "forbidden";
const RANK: Record<LicenceVerdict, number> = { forbidden: 0, review: 1, allowed: 2 };

/** Copyleft licences the clausier's licence policy refuses outright (CLAUSIER-CHECKS T2-P7). */
const FORBIDDEN = /^(A?GPL|SSPL|EUPL|CC-BY-NC|CC-BY-NC-ND|CC-BY-NC-SA|BUSL|Commons-Clause)/i;
/** Weak copyleft: allowed after review. */
const REVIEW = /^(LGPL|MPL)/i;

export function classifyLicenceId(id: string, allowlist: readonly string[]): LicenceVerdict {
  const base = id.replace(/\+$/, "").replace(/-(only|or-later)$/i, "");
  const lower = allowlist.map((a) => a.toLowerCase());
  if (lower.includes(id.toLowerCase()) || lower.includes(base.toLowerCase())) return "allowed";
  if (REVIEW.test(base)) return "review";
  if (FORBIDDEN.test(base)) return "forbidden";
  return "forbidden";
}

type Node = { id: string } | { op: "AND" | "OR"; left: Node; right: Node };

function tokenize(s: string): string[] | undefined {
  const tokens = s.match(/\(|\)|[A-Za-z0-9.+:-]+/g);
  if (!tokens || tokens.join("").length !== s.replace(/\s+/g, "").length) return undefined;
  return tokens;
}

/** Parses an SPDX expression; `undefined` when it is not one (UNKNOWN, "SEE LICENSE IN …", "Custom"). */
export function parseSpdx(expr: string): Node | undefined {
  const tokens = tokenize(expr.trim());
  if (!tokens?.length) return undefined;
  let pos = 0;
  const peek = (): string | undefined => tokens[pos];
  const isOp = (t: string | undefined, op: string): boolean => t !== undefined && t.toUpperCase() === op;
  const atom = (): Node | undefined => {
    const t = tokens[pos++];
    if (t === undefined) return undefined;
    if (t === "(") {
      const e = orExpr();
      if (tokens[pos++] !== ")") return undefined;
      return e;
    }
    if (t === ")" || ["AND", "OR", "WITH"].includes(t.toUpperCase())) return undefined;
    if (isOp(peek(), "WITH")) {
      pos++;
      if (!tokens[pos++]) return undefined;
    }
    return { id: t };
  };
  const andExpr = (): Node | undefined => {
    let left = atom();
    while (left && isOp(peek(), "AND")) {
      pos++;
      const right = atom();
      if (!right) return undefined;
      left = { op: "AND", left, right };
    }
    return left;
  };
  const orExpr = (): Node | undefined => {
    let left = andExpr();
    while (left && isOp(peek(), "OR")) {
      pos++;
      const right = andExpr();
      if (!right) return undefined;
      left = { op: "OR", left, right };
    }
    return left;
  };
  const tree = orExpr();
  return tree && pos === tokens.length ? tree : undefined;
}

function evaluate(n: Node, allowlist: readonly string[]): LicenceVerdict {
  if ("id" in n) return classifyLicenceId(n.id, allowlist);
  const a = evaluate(n.left, allowlist);
  const b = evaluate(n.right, allowlist);
  const pick = n.op === "OR" ? Math.max(RANK[a], RANK[b]) : Math.min(RANK[a], RANK[b]);
  return (Object.keys(RANK) as LicenceVerdict[]).find((k) => RANK[k] === pick)!;
}

/** The licence field of a package (string, `{type}` object, or legacy `licenses` array) as one expression. */
export function licenceExpression(field: unknown): string | undefined {
  if (typeof field === "string") return field.trim() || undefined;
  if (Array.isArray(field)) {
    const parts = field.map(licenceExpression).filter((x): x is string => !!x);
    return parts.length ? (parts.length === 1 ? parts[0] : `(${parts.join(" OR ")})`) : undefined;
  }
  if (field && typeof field === "object" && typeof (field as { type?: unknown }).type === "string") return (field as { type: string }).type;
  return undefined;
}

export function evaluateLicence(field: unknown, allowlist: readonly string[]): { verdict: LicenceVerdict; expression: string } {
  const expression = licenceExpression(field);
  if (!expression) return { verdict: "forbidden", expression: "UNKNOWN" };
  if (/^(UNKNOWN|UNLICENSED|NONE)$/i.test(expression)) return { verdict: "forbidden", expression: expression.toUpperCase() };
  const tree = parseSpdx(expression);
  if (!tree) return { verdict: "forbidden", expression };
  return { verdict: evaluate(tree, allowlist), expression };
}
