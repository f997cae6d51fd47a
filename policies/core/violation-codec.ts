// The one string codec of the product. CrossGuard carries a violation from the pack to the engine
// as a message string only, so the pack encodes every field here and both engines (our analyzer
// client, the Pulumi CLI) decode them here. The first line is what a person reads in
// `pulumi preview`; the structure travels in one delimited JSON trailer line, never in the prose.
import type { Bilingual, Severity, View, WaiverRef } from "./model";

export interface EncodedViolation {
  clauses: string[];
  message: Bilingual;
  severity: Severity;
  waiver?: WaiverRef;
  /** Property paths whose value was unknown when the rule ran (e.g. during a preview). */
  unknown?: string[];
  /** How the pack saw the values, when it knows better than the engine. */
  view?: View;
}

/** Starts the trailer line; versioned so that a later format is told apart. */
export const TRAILER_TAG = "clausier-guard/v1";

/** The human line: `[DÉROGATION id] [O-x] français — EN: english (CCTP …)`. */
function humanLine(v: EncodedViolation): string {
  const text = `[${v.clauses.join(", ")}] ${v.message.fr} — EN: ${v.message.en}`;
  const w = v.waiver;
  return w ? `[DÉROGATION ${w.id}] ${text} (CCTP ${w.cctpReference}, ${w.approvedBy}, expire/expires ${w.expires})` : text;
}

export function encodeViolation(v: EncodedViolation): string {
  return `${humanLine(v)}\n${TRAILER_TAG} ${JSON.stringify(v)}`;
}

const SEVERITY_SET: ReadonlySet<string> = new Set(["critical", "high", "medium", "low"]);

const isStr = (x: unknown): x is string => typeof x === "string";
const isStrList = (x: unknown): x is string[] => Array.isArray(x) && x.every(isStr);

function waiverOf(x: unknown): WaiverRef | undefined {
  if (typeof x !== "object" || x === null) return undefined;
  const w = x as Record<string, unknown>;
  const fields = [w.id, w.cctpReference, w.approvedBy, w.expires, w.reason];
  if (!fields.every(isStr)) return undefined;
  return { id: w.id as string, cctpReference: w.cctpReference as string, approvedBy: w.approvedBy as string, expires: w.expires as string, reason: w.reason as string };
}

/**
 * The violation a message carries, or undefined when it has no valid trailer (another pack's
 * plain message): callers then keep the text as it is and claim no clause.
 */
export function decodeViolation(message: string): EncodedViolation | undefined {
  const at = message.lastIndexOf(`\n${TRAILER_TAG} `);
  if (at < 0) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(message.slice(at + TRAILER_TAG.length + 2));
  } catch {
    return undefined;
  }
  if (typeof data !== "object" || data === null) return undefined;
  const d = data as Record<string, unknown>;
  const m = d.message as Record<string, unknown> | undefined;
  if (!isStrList(d.clauses) || !isStr(d.severity) || !SEVERITY_SET.has(d.severity) || !m || !isStr(m.fr) || !isStr(m.en)) return undefined;
  const out: EncodedViolation = { clauses: d.clauses, message: { fr: m.fr, en: m.en }, severity: d.severity as Severity };
  const waiver = waiverOf(d.waiver);
  if (waiver) out.waiver = waiver;
  if (isStrList(d.unknown)) out.unknown = d.unknown;
  if (d.view === "simulation" || d.view === "preview") out.view = d.view;
  return out;
}
