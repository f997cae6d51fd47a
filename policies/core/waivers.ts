// Dérogations: the clausier lets a CCTP derogate from a requirement. One mechanism serves the
// policy pack and the CI gate: a finding covered by a valid waiver is reported as waived (never
// hidden); expired waivers, unknown approvers and waivers that match nothing are findings too.
import { globMatch, pathMatches } from "./glob";
import type { Bilingual, Waiver, WaiverRef } from "./model";
import type { Profile } from "./profile";

export interface WaiverTarget {
  rule: string;
  clauses: string[];
  stack?: string;
  resourceUrn?: string;
  resourceName?: string;
  file?: string;
}

export type WaiverStatus = "valid" | "expired" | "unknown-approver";

/**
 * A waiver (or a vulnerability exception) is valid through the whole day of its expiry date
 * (UTC). A date that does not parse has expired: it never waives anything.
 */
export function isExpired(expires: string, now: Date): boolean {
  return !(now.getTime() <= Date.parse(`${expires}T23:59:59Z`));
}

export function waiverStatus(w: Waiver, profile: Profile, now: Date): WaiverStatus {
  if (!profile.approvers.includes(w.approvedBy)) return "unknown-approver";
  if (isExpired(w.expires, now)) return "expired";
  return "valid";
}

export function waiverMatches(w: Waiver, t: WaiverTarget): boolean {
  const ruleOk = w.policies.some((p) => globMatch(p, t.rule)) || w.clauses.some((c) => t.clauses.includes(c));
  if (!ruleOk) return false;
  if (w.stacks.length && !(t.stack !== undefined && w.stacks.some((s) => globMatch(s, t.stack!)))) return false;
  if (w.resources.length) {
    const names = [t.resourceUrn, t.resourceName].filter((x): x is string => !!x);
    if (!w.resources.some((p) => names.some((n) => globMatch(p, n)))) return false;
  }
  if (w.files.length && !(t.file !== undefined && w.files.some((p) => pathMatches(p, t.file!)))) return false;
  return true;
}

export function waiverRef(w: Waiver): WaiverRef {
  return { id: w.id, cctpReference: w.cctpReference, approvedBy: w.approvedBy, expires: w.expires, reason: w.reason };
}

/** The valid waiver covering a finding, if any. Expired or unapproved waivers never waive. */
export function findWaiver(profile: Profile, t: WaiverTarget, now: Date): Waiver | undefined {
  return profile.waivers.find((w) => waiverMatches(w, t) && waiverStatus(w, profile, now) === "valid");
}

/** Problems that make a waiver a blanket exemption rather than a derogation: they block. */
export const BLOCKING_WAIVER_PROBLEMS: ReadonlySet<WaiverProblem["problem"]> = new Set(["catch-all", "too-long"]);

/** Names nobody would list on purpose: a pattern matching all of them matches anything. */
const PROBES = ["a", "zz-9", "Q", "src/x/y.ts"];

// `*`, `**`, `?*`, or `urn:*` / `urn:pulumi:*` (every resource): the first such pattern, as `field: pattern`.
function catchAll(w: Waiver): string | undefined {
  const wide = (p: string): boolean => {
    const literal = p.slice(0, Math.max(0, p.indexOf("*")));
    return /^[*?/]*$/.test(p) || PROBES.every((n) => globMatch(p, n)) || (p.includes("*") && "urn:pulumi:".startsWith(literal.toLowerCase()) && literal.length > 0);
  };
  for (const field of ["policies", "resources", "files"] as const) {
    const p = w[field].find(wide);
    if (p !== undefined) return `${field}: ${p}`;
  }
  return undefined;
}

export interface WaiverProblem {
  waiver: Waiver;
  problem: "expired" | "unknown-approver" | "unused" | "empty" | "catch-all" | "too-long";
  message: Bilingual;
}

/**
 * Problems with the waivers themselves. `matched` holds the ids of waivers that matched at least
 * one finding (whatever their status); `stack` limits the check to waivers scoped to that stack.
 */
export function waiverProblems(profile: Profile, matched: Set<string>, now: Date, stack?: string): WaiverProblem[] {
  const out: WaiverProblem[] = [];
  for (const w of profile.waivers) {
    if (stack !== undefined && w.stacks.length && !w.stacks.some((s) => globMatch(s, stack))) continue;
    const tag = `${w.id} (${w.cctpReference})`;
    if (!w.policies.length && !w.clauses.length) {
      out.push({ waiver: w, problem: "empty", message: {
        fr: `la dérogation ${tag} ne nomme aucune règle ni clause`,
        en: `waiver ${tag} names no policy and no clause` } });
      continue;
    }
    const wide = catchAll(w);
    if (wide) out.push({ waiver: w, problem: "catch-all", message: {
      fr: `la dérogation ${tag} couvre tout (${wide}) : une dérogation nomme les règles et les ressources qu'elle couvre`,
      en: `waiver ${tag} covers everything (${wide}): a waiver names the rules and resources it covers` } });
    const days = Math.ceil((Date.parse(`${w.expires}T23:59:59Z`) - now.getTime()) / 86_400_000);
    if (days > profile.waiverMaxDays) out.push({ waiver: w, problem: "too-long", message: {
      fr: `la dérogation ${tag} expire le ${w.expires}, dans ${days} jours : au-delà du maximum du profil (waiverMaxDays : ${profile.waiverMaxDays})`,
      en: `waiver ${tag} expires on ${w.expires}, in ${days} days: beyond the profile's maximum (waiverMaxDays: ${profile.waiverMaxDays})` } });
    const status = waiverStatus(w, profile, now);
    if (status === "expired") out.push({ waiver: w, problem: "expired", message: {
      fr: `la dérogation ${tag} a expiré le ${w.expires} : les constats qu'elle couvrait sont de nouveau bloquants`,
      en: `waiver ${tag} expired on ${w.expires}: the findings it covered block again` } });
    if (status === "unknown-approver") out.push({ waiver: w, problem: "unknown-approver", message: {
      fr: `la dérogation ${tag} est approuvée par « ${w.approvedBy} », absent de la liste approvers du profil : elle est ignorée`,
      en: `waiver ${tag} is approved by "${w.approvedBy}", who is not in the profile's approvers: it is ignored` } });
    if (!matched.has(w.id)) out.push({ waiver: w, problem: "unused", message: {
      fr: `la dérogation ${tag} ne correspond à aucun constat : la retirer ou corriger son périmètre`,
      en: `waiver ${tag} matches no finding: remove it or fix its scope` } });
  }
  return out;
}
