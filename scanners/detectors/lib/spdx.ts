// A package's licence against the hospital's allowlist (docs/clauses.md T2-P7). Parsing SPDX
// expressions and deciding whether one satisfies a list are spdx-expression-parse's and
// spdx-satisfies'; this module adds the "review" level and the package.json legacy forms.
import parse from "spdx-expression-parse";
import satisfies from "spdx-satisfies";

export type LicenceVerdict = "allowed" | "review" | "forbidden";
export type SpdxTree = ReturnType<typeof parse>;

/** Weak copyleft: allowed after review. Anything else outside the allowlist is refused. */
const REVIEW = /^(LGPL|MPL)-/;

/** Parses an SPDX expression; `undefined` when it is not one (UNKNOWN, "SEE LICENSE IN …", "Custom"). */
export function parseSpdx(expr: string): SpdxTree | undefined {
  try {
    return parse(expr.trim());
  } catch {
    return undefined;
  }
}

function leaves(t: SpdxTree): { license: string; exception?: string }[] {
  return "license" in t ? [t] : [...leaves(t.left), ...leaves(t.right)];
}

/** Allowlist entries usable by spdx-satisfies (single licences); a typo in the profile widens nothing. */
function approved(list: readonly string[]): string[] {
  return list.filter((a) => {
    const t = parseSpdx(a);
    return !!t && "license" in t;
  });
}

/** `WITH <exception>` keeps the licence's verdict: the approved list is extended with each exception used. */
function withExceptions(list: string[], exceptions: string[]): string[] {
  return [...list, ...exceptions.flatMap((e) => list.filter((a) => !a.includes(" WITH ")).map((a) => `${a} WITH ${e}`))];
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
  const used = leaves(tree);
  const exceptions = [...new Set(used.flatMap((l) => (l.exception ? [l.exception] : [])))];
  const allowed = withExceptions(approved(allowlist), exceptions);
  if (satisfied(expression, allowed)) return { verdict: "allowed", expression };
  const review = withExceptions([...allowed, ...new Set(used.map((l) => l.license).filter((id) => REVIEW.test(id)))], exceptions);
  return { verdict: satisfied(expression, review) ? "review" : "forbidden", expression };
}

/** spdx-satisfies bundles an older parser: what it cannot read is not satisfied. */
function satisfied(expression: string, approvedList: string[]): boolean {
  try {
    return satisfies(expression, approvedList);
  } catch {
    return false;
  }
}
