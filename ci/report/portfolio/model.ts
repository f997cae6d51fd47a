// The portfolio: many evidence bundles (one per repository or stack run, collected as CI
// artefacts) read as one picture for a hospital group: a verdict per vendor, repository and stack,
// the clause matrix across the portfolio, the waivers that expire soon, and what changed since the
// previous bundles. Pure: bundles are summarised one at a time (so 500 of them never sit in memory
// together) and the summaries are folded into the model. A bundle that cannot be verified counts
// as "error" and covers no clause: what was not verified is never passed.
import { severityRank, SEVERITIES, type Finding, type Severity } from "../../../policies/core/model";
import { isExpired } from "../../../policies/core/waivers";
import { decideVerdict, EXIT_CODES, isBlocking, locationOf, type EvaluateResult, type Result, type Verdict } from "../../result/model";
import { CLAUSES, type ClauseDef } from "../coverage/clauses";
import { CLAUSE_STATUSES, type ClauseStatus } from "../coverage/coverage";
import { buildReportModel, type WaiverRow } from "../coverage/model";

/** Who a bundle is about: from its manifest, else from its folder (`<vendor>/<repository>`). */
export interface BundleSubject {
  vendor: string | null;
  repository: string;
}

/** One evidence bundle as read from disk (ci/report/portfolio/load.ts). */
export interface Bundle {
  /** The bundle's folder, relative to the root it was found under. */
  path: string;
  subject: BundleSubject;
  generatedAt: string;
  commit: string | null;
  gate?: Result;
  evaluate: EvaluateResult[];
  /** Why the bundle cannot be trusted (a file that does not match its hash, an unreadable result). */
  problems: string[];
}

export interface StackRow {
  name: string;
  verdict: Verdict;
  resources: number;
}

export interface DueWaiver {
  vendor: string | null;
  repository: string;
  id: string;
  cctpReference: string;
  approvedBy: string;
  expires: string;
  /** Whole days from the report date to the end of the expiry day (negative once expired). */
  daysLeft: number;
  covers: number;
}

/** What one bundle contributes: small enough to keep 500 of them. */
export interface BundleSummary {
  path: string;
  subject: BundleSubject;
  generatedAt: string;
  commit: string | null;
  verdict: Verdict;
  gate: Verdict | null;
  stacks: StackRow[];
  open: Record<Severity, number>;
  blocking: number;
  waived: number;
  problems: string[];
  clauses: Record<string, ClauseStatus>;
  waivers: DueWaiver[];
  /** Keys of the findings not covered by a waiver, to tell what is new and what was fixed. */
  openKeys: Set<string>;
}

export interface Change {
  previous: Verdict | null;
  newFindings: number;
  fixedFindings: number;
}

export interface RepositoryRow extends Omit<BundleSummary, "openKeys" | "waivers"> {
  /** Older bundles of the same repository that this newest one replaces. */
  superseded: number;
  change: Change | null;
}

export interface VendorRow {
  vendor: string | null;
  verdict: Verdict;
  repositories: RepositoryRow[];
}

export interface ClauseRow {
  clause: ClauseDef;
  /** Repositories per status. */
  counts: Record<ClauseStatus, number>;
  /** Per vendor (in `vendors` order), the worst status among its repositories. */
  byVendor: ClauseStatus[];
}

export interface PortfolioModel {
  generatedAt: Date;
  verdict: Verdict;
  totals: { bundles: number; vendors: number; repositories: number; stacks: number; resources: number; byVerdict: Record<Verdict, number> };
  vendors: VendorRow[];
  clauses: ClauseRow[];
  waivers: { expired: DueWaiver[]; within30: DueWaiver[]; within90: DueWaiver[] };
  changes: { compared: boolean; removed: BundleSubject[] };
}

const DAY_MS = 86_400_000;

export function worstVerdict(verdicts: Iterable<Verdict>): Verdict {
  let worst: Verdict = "pass";
  for (const v of verdicts) if (EXIT_CODES[v] > EXIT_CODES[worst]) worst = v;
  return worst;
}

/** Across repositories: a failure shows first, then a check that did not run, then a waiver. */
const STATUS_RANK: Record<ClauseStatus, number> = { failed: 4, "not-evaluated": 3, waived: 2, passed: 1, manual: 0 };

function worstStatus(a: ClauseStatus, b: ClauseStatus): ClauseStatus {
  return STATUS_RANK[b] > STATUS_RANK[a] ? b : a;
}

export function subjectKey(s: BundleSubject): string {
  return `${s.vendor ?? ""}\u0000${s.repository}`;
}

function findingKey(f: Finding): string {
  return [f.source, f.rule, f.stack ?? "", f.fingerprint ?? locationOf(f)].join("\u0000");
}

function daysLeft(expires: string, now: Date): number {
  return Math.floor((Date.parse(`${expires}T23:59:59Z`) - now.getTime()) / DAY_MS);
}

function dueWaiver(subject: BundleSubject, w: WaiverRow, now: Date): DueWaiver {
  return {
    vendor: subject.vendor, repository: subject.repository, id: w.id, cctpReference: w.cctpReference, approvedBy: w.approvedBy,
    expires: w.expires, daysLeft: isExpired(w.expires, now) ? Math.min(-1, daysLeft(w.expires, now)) : Math.max(0, daysLeft(w.expires, now)), covers: w.covers,
  };
}

/** One bundle reduced to what the portfolio shows; its results can be dropped afterwards. */
export function summariseBundle(b: Bundle, now: Date): BundleSummary {
  const open = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const base = { path: b.path, subject: b.subject, generatedAt: b.generatedAt, commit: b.commit, problems: b.problems, open };
  if (b.problems.length) {
    // Nothing in an unverified bundle is believed: it covers no clause, as a report with no input.
    return { ...base, verdict: "error", gate: null, stacks: [], blocking: 0, waived: 0, clauses: unverifiedStatuses(), waivers: [], openKeys: new Set() };
  }
  const model = buildReportModel({ gate: b.gate, evaluate: b.evaluate.length ? b.evaluate : undefined, now });
  const openKeys = new Set<string>();
  let waived = 0, blocking = 0;
  for (const f of model.coverage.findings) {
    if (f.waived) { waived++; continue; }
    open[f.severity]++;
    if (isBlocking(f)) blocking++;
    openKeys.add(findingKey(f));
  }
  const verdictOf = (r: Result) => decideVerdict(r.findings, r.scanners).verdict;
  return {
    ...base,
    verdict: model.verdict,
    gate: b.gate ? verdictOf(b.gate) : null,
    stacks: b.evaluate.map((e) => ({ name: e.evaluation.stack, verdict: verdictOf(e), resources: e.evaluation.resources })),
    blocking,
    waived,
    clauses: Object.fromEntries(model.coverage.clauses.map((cc) => [cc.clause.id, cc.status])),
    waivers: model.waivers.filter((w) => w.expires).map((w) => dueWaiver(b.subject, w, now)),
    openKeys,
  };
}

let unverified: Record<string, ClauseStatus> | undefined;
/** The statuses of a report with no input: every automated clause not evaluated, the others manual. */
function unverifiedStatuses(): Record<string, ClauseStatus> {
  unverified ??= Object.fromEntries(buildReportModel({}).coverage.clauses.map((cc) => [cc.clause.id, cc.status]));
  return unverified;
}

/** The newest bundle per repository; how many older ones it replaces. */
function newestPerSubject(list: BundleSummary[]): Map<string, { summary: BundleSummary; superseded: number }> {
  const out = new Map<string, { summary: BundleSummary; superseded: number }>();
  for (const s of list) {
    const key = subjectKey(s.subject);
    const prev = out.get(key);
    if (!prev) out.set(key, { summary: s, superseded: 0 });
    else if (s.generatedAt > prev.summary.generatedAt) out.set(key, { summary: s, superseded: prev.superseded + 1 });
    else prev.superseded++;
  }
  return out;
}

function compare(a: string | null, b: string | null): number {
  return (a ?? "\uffff").localeCompare(b ?? "\uffff", "en", { numeric: true });
}

export interface PortfolioInput {
  current: BundleSummary[];
  /** Summaries of the previous run's bundles; absent when no comparison was asked for. */
  previous?: BundleSummary[];
  now: Date;
}

export function buildPortfolio(input: PortfolioInput): PortfolioModel {
  const current = newestPerSubject(input.current);
  const previous = input.previous ? newestPerSubject(input.previous) : undefined;

  const rows: RepositoryRow[] = [];
  for (const [key, { summary, superseded }] of current) {
    // The row keeps what is shown; the finding keys and waivers are used here and dropped.
    const { openKeys, waivers: _dropped, ...rest } = summary;
    let change: Change | null = null;
    if (previous) {
      const before = previous.get(key)?.summary;
      const beforeKeys = before?.openKeys ?? new Set<string>();
      let newFindings = 0, fixedFindings = 0;
      for (const k of openKeys) if (!beforeKeys.has(k)) newFindings++;
      for (const k of beforeKeys) if (!openKeys.has(k)) fixedFindings++;
      change = { previous: before ? before.verdict : null, newFindings, fixedFindings };
    }
    rows.push({ ...rest, superseded, change });
  }
  rows.sort((a, b) => compare(a.subject.vendor, b.subject.vendor) || compare(a.subject.repository, b.subject.repository));

  const vendorMap = new Map<string | null, RepositoryRow[]>();
  for (const r of rows) {
    const list = vendorMap.get(r.subject.vendor) ?? [];
    list.push(r);
    vendorMap.set(r.subject.vendor, list);
  }
  const vendors: VendorRow[] = [...vendorMap].map(([vendor, repositories]) => ({ vendor, repositories, verdict: worstVerdict(repositories.map((r) => r.verdict)) }));

  const clauses: ClauseRow[] = CLAUSES.map((clause) => {
    const counts = Object.fromEntries(CLAUSE_STATUSES.map((s) => [s, 0])) as Record<ClauseStatus, number>;
    const byVendor = vendors.map((v) => {
      let worst: ClauseStatus | undefined;
      for (const r of v.repositories) {
        const st = r.clauses[clause.id] ?? "not-evaluated";
        counts[st]++;
        worst = worst === undefined ? st : worstStatus(worst, st);
      }
      return worst ?? "not-evaluated";
    });
    return { clause, counts, byVendor };
  });

  const due: DueWaiver[] = [];
  for (const { summary } of current.values()) due.push(...summary.waivers);
  due.sort((a, b) => a.daysLeft - b.daysLeft || compare(a.vendor, b.vendor) || a.repository.localeCompare(b.repository) || a.id.localeCompare(b.id));

  const byVerdict: Record<Verdict, number> = { pass: 0, blocked: 0, error: 0 };
  for (const r of rows) byVerdict[r.verdict]++;
  const stacks = rows.reduce((n, r) => n + r.stacks.length, 0);
  return {
    generatedAt: input.now,
    verdict: worstVerdict(rows.map((r) => r.verdict)),
    totals: {
      bundles: input.current.length, vendors: vendors.length, repositories: rows.length, stacks,
      resources: rows.reduce((n, r) => n + r.stacks.reduce((m, s) => m + s.resources, 0), 0), byVerdict,
    },
    vendors,
    clauses,
    waivers: {
      expired: due.filter((w) => w.daysLeft < 0),
      within30: due.filter((w) => w.daysLeft >= 0 && w.daysLeft <= 30),
      within90: due.filter((w) => w.daysLeft > 30 && w.daysLeft <= 90),
    },
    changes: {
      compared: !!previous,
      removed: previous ? [...previous].filter(([k]) => !current.has(k)).map(([, p]) => p.summary.subject) : [],
    },
  };
}

/** Worst severity with open findings, for sorting and colouring rows. */
export function worstOpenSeverity(open: Record<Severity, number>): Severity | null {
  return [...SEVERITIES].sort((a, b) => severityRank[b] - severityRank[a]).find((s) => open[s] > 0) ?? null;
}
