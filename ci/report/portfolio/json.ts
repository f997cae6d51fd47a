// The portfolio as JSON, for dashboards and the next run's comparison. Bundle-derived strings are
// redacted (not escaped: JSON consumers escape for their own output).
import { sanitizer } from "../coverage/sanitize";
import type { DueWaiver, PortfolioModel } from "./model";

export const PORTFOLIO_SCHEMA_ID = "clausier-guard/portfolio/v1";

export function portfolioJson(m: PortfolioModel): unknown {
  const safe = sanitizer();
  const opt = (t: string | null) => (t === null ? null : safe(t));
  const waiver = (w: DueWaiver) => ({ ...w, vendor: opt(w.vendor), repository: safe(w.repository), id: safe(w.id), cctpReference: safe(w.cctpReference), approvedBy: safe(w.approvedBy), expires: safe(w.expires) });
  return {
    schema: PORTFOLIO_SCHEMA_ID,
    generatedAt: m.generatedAt.toISOString(),
    verdict: m.verdict,
    totals: m.totals,
    vendors: m.vendors.map((v) => ({
      vendor: opt(v.vendor),
      verdict: v.verdict,
      repositories: v.repositories.map((r) => ({
        repository: safe(r.subject.repository), path: safe(r.path), verdict: r.verdict, gate: r.gate,
        stacks: r.stacks.map((s) => ({ ...s, name: safe(s.name) })), open: r.open, blocking: r.blocking, waived: r.waived,
        generatedAt: safe(r.generatedAt), commit: opt(r.commit), superseded: r.superseded, change: r.change, problems: r.problems.map(safe),
        clauses: r.clauses,
      })),
    })),
    clauses: m.clauses.map((c) => ({ id: c.clause.id, counts: c.counts, byVendor: c.byVendor })),
    waivers: { expired: m.waivers.expired.map(waiver), within30: m.waivers.within30.map(waiver), within90: m.waivers.within90.map(waiver) },
    changes: { compared: m.changes.compared, removed: m.changes.removed.map((s) => ({ vendor: opt(s.vendor), repository: safe(s.repository) })) },
  };
}
