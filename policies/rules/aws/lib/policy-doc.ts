// IAM / resource policy documents, given as a JSON string or an object; never throws.
import { arr, bags, isBag, strs, type Bag } from "../../../core/props";

export interface Statement {
  effect: string;
  principals: string[];
  actions: string[];
  resources: string[];
  hasCondition: boolean;
  condition: Bag;
}

export function statements(policy: unknown): Statement[] {
  let doc: unknown = policy;
  if (typeof policy === "string") {
    try {
      doc = JSON.parse(policy);
    } catch {
      return [];
    }
  }
  if (!isBag(doc)) return [];
  const raw = Array.isArray(doc.Statement) ? bags(doc.Statement) : isBag(doc.Statement) ? [doc.Statement] : [];
  return raw.map((s) => ({
    effect: typeof s.Effect === "string" ? s.Effect : "",
    principals: principalsOf(s.Principal),
    actions: strs(s.Action),
    resources: strs(s.Resource),
    hasCondition: isBag(s.Condition) && Object.keys(s.Condition).length > 0,
    condition: isBag(s.Condition) ? s.Condition : {},
  }));
}

function principalsOf(p: unknown): string[] {
  if (typeof p === "string") return [p];
  if (!isBag(p)) return [];
  return Object.values(p).flatMap((v) => (Array.isArray(v) ? arr(v) : [v])).filter((x): x is string => typeof x === "string");
}

export function isPublicPrincipal(s: Statement): boolean {
  return s.principals.includes("*");
}

/** The statements that allow anyone (Principal "*") with no condition to narrow them. */
export function openToAnyone(policy: unknown): Statement[] {
  return statements(policy).filter((s) => s.effect === "Allow" && isPublicPrincipal(s) && !s.hasCondition);
}

/** S3 canned ACLs that grant access beyond the bucket owner's account. */
export const PUBLIC_CANNED_ACLS: ReadonlySet<string> = new Set(["public-read", "public-read-write", "authenticated-read"]);

/** Values of a condition key under any operator (e.g. `aws:SourceIp` under IpAddress). */
export function conditionValues(s: Statement, key: string): string[] {
  const out: string[] = [];
  for (const op of Object.values(s.condition)) {
    if (!isBag(op)) continue;
    for (const [k, v] of Object.entries(op)) if (k.toLowerCase() === key.toLowerCase()) out.push(...strs(v));
  }
  return out;
}
