// The findings model shared by the policy pack, `evaluate` and the CI gate.
// Inputs go in, findings come out, reporters render them: nothing here does I/O.

export const SEVERITIES = ["critical", "high", "medium", "low"] as const;
export type Severity = (typeof SEVERITIES)[number];

export type EnforcementLevel = "mandatory" | "advisory" | "disabled";

/** Every text a user reads exists in French (the contract's language) and English. */
export interface Bilingual {
  fr: string;
  en: string;
}

export type Lang = keyof Bilingual;

/** §12 subsets a hospital enables separately (§12: only chapters in the delivered scope apply). */
export const SCOPES = ["saas", "hosted-admin", "dev-provider", "ai"] as const;
export type Scope = (typeof SCOPES)[number];

/**
 * Why a rule exists, which decides whether it may block by default (docs/checks.md, "Enforcement
 * grounding"): `clause` — the clause text requires it for this kind of resource (`text` keeps the few
 * French words that say so); `profile` — the hospital's profile sets the value (`key` names it);
 * `practice` — good practice in support of a clause: advisory unless the profile raises it.
 */
export type Basis =
  | { kind: "clause"; text: string }
  | { kind: "profile"; key: string }
  | { kind: "practice" };

/** Metadata every rule, policy and detector carries, held once in the catalog. */
export interface RuleMeta {
  /** `<vendor>-<service>-<resource>-<verb>-<what>`, e.g. `aws-rds-instance-encrypted-cmk`. */
  name: string;
  /** Clause ids as printed in the clausier, normalised (`O-8.1`, `O-12.3.2`). */
  clauses: string[];
  severity: Severity;
  /** Family (docs/clauses.md): A..K for cloud policies, S/O/P/V/D/C/E (gate check groups T2-…) for the gate. */
  family: string;
  scope: Scope | "core";
  description: Bilingual;
  remediation: Bilingual;
  /** Being filled in rule by rule; becomes required once every rule carries it. */
  basis?: Basis;
}

export interface ResourceRef {
  urn: string;
  type: string;
  name: string;
}

export interface Waiver {
  id: string;
  policies: string[];
  clauses: string[];
  resources: string[];
  stacks: string[];
  files: string[];
  reason: string;
  cctpReference: string;
  approvedBy: string;
  expires: string;
}

export interface WaiverRef {
  id: string;
  cctpReference: string;
  approvedBy: string;
  expires: string;
  reason: string;
}

/** What a program's outputs were when a policy ran: predicted (simulation) or unknown (preview). */
export type View = "simulation" | "preview";

/** One finding, from a policy (resource set) or from a gate scanner (file/line set). */
export interface Finding {
  source: "policy" | "gate";
  rule: string;
  clauses: string[];
  severity: Severity;
  /** Whether it blocks (unless waived): the one blocking rule reads only this and `waived`. */
  enforcementLevel: EnforcementLevel;
  /** Without the clause prefix: renderers add `[O-x]` where their format wants it. */
  message: Bilingual;
  resource?: ResourceRef | null;
  /** The stack a policy finding belongs to. */
  stack?: string;
  /** What verified it: the scanner, or `pulumi-policy:<pack>`. */
  scanner?: string;
  view?: View;
  /** Property paths whose value was unknown when the rule ran. */
  unknown?: string[];
  file?: string;
  line?: number;
  /** A finding from the pull request's history (gitleaks git mode) names its commit. */
  commit?: string;
  fingerprint?: string;
  waived?: WaiverRef;
}

export const severityRank: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1 };

/** Default enforcement by severity (docs/checks.md §1.9): medium is mandatory in prod only. */
export function enforcementFor(severity: Severity, isProd: boolean): EnforcementLevel {
  if (severity === "critical" || severity === "high") return "mandatory";
  if (severity === "medium") return isProd ? "mandatory" : "advisory";
  return "advisory";
}
