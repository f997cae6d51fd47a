// Scanner "advisories" (O-3.10, O-7.2; gate checks T2-V1 / T2-V3): npm lockfiles, and the
// exact pins of package.json files that have none, through the pinned osv-scanner (offline from
// the profile's gate.osvDatabase, else online) → the §4.2 SLA matrix. No database and no network,
// or dependencies given as ranges: "not-evaluated" with the reason, never "ok". A missing, wrong or
// crashing osv-scanner: "failed".
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { parse as parseYaml } from "yaml";
import type { Finding, RuleMeta, Severity } from "../../../policies/core/model";
import { isExpired } from "../../../policies/core/waivers";
import type { GateSettings } from "../../../policies/core/profile";
import { sampleList } from "../../../scanners/detectors/lib/lockfile";
import type { ScanInput, Scanner, ScannerResult } from "../types";
import { findDependencyLists, writePinLockfile } from "./osv-pins";
import { runOsvScanner, type OsvRunOptions, type OsvVuln } from "./osv-scanner";

export const ADVISORIES_SCANNER = "advisories";
const DAY = 86_400_000;

export const DEPS_CVSS_GATE: RuleMeta = {
  name: "deps-cvss-gate",
  clauses: ["O-3.10", "O-7.2"],
  severity: "critical",
  family: "V",
  scope: "core",
  description: {
    fr: "Les vulnérabilités connues des dépendances sont corrigées dans les délais de l'O-7.2 (CVSS ≥ 9 : 1 mois ; ≥ 7 : 3 mois ; > 4 : prochaine version mineure).",
    en: "Known dependency vulnerabilities are fixed within the O-7.2 delays (CVSS ≥ 9: 1 month; ≥ 7: 3 months; > 4: next minor release).",
  },
  remediation: {
    fr: "Mettre à jour la dépendance vers une version corrigée, ou déclarer dans ci/vuln-exceptions.yaml un contournement validé par l'établissement (approvedBy : l'un des approvers du profil).",
    en: "Upgrade the dependency to a fixed version, or declare in ci/vuln-exceptions.yaml a workaround approved by the hospital (approvedBy: one of the profile's approvers).",
  },
  basis: { kind: "clause", text: "O-7.2 : vulnérabilités CVSS ≥ 9 corrigées sous 1 mois, ≥ 7 sous 3 mois (délais du profil gate.cvss)" },
};

export const DEPS_SLA_REPORT: RuleMeta = {
  name: "deps-sla-report",
  clauses: ["O-7.2"],
  severity: "low",
  family: "V",
  scope: "core",
  description: { fr: "Rapport vuln-sla.json : identifiant, CVSS, publication, échéance et statut de chaque vulnérabilité.", en: "vuln-sla.json report: id, CVSS, publication, deadline and status of each vulnerability." },
  remediation: { fr: "Joindre le rapport au suivi contractuel O-7.2.", en: "Attach the report to the O-7.2 contractual follow-up." },
  basis: { kind: "clause", text: "O-7.2 : délais de correction des vulnérabilités" },
};

export const ADVISORY_RULES: readonly RuleMeta[] = [DEPS_CVSS_GATE, DEPS_SLA_REPORT];

export type SlaStatus = "overdue" | "due-soon" | "open" | "next-minor" | "report-only" | "excepted" | "unknown-score";

export interface VulnSlaEntry {
  id: string;
  aliases: string[];
  /** Repository-relative lockfile, or the package.json whose exact pins were evaluated. */
  file: string;
  package: string;
  version: string;
  cvss: number | null;
  cvssSource: "cvss-v3" | "cvss-numeric" | "database-severity" | "none";
  published: string | null;
  deadline: string | null;
  status: SlaStatus;
}

// ---------- CVSS ----------

const W = {
  AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
  AC: { L: 0.77, H: 0.44 },
  UI: { N: 0.85, R: 0.62 },
  CIA: { H: 0.56, L: 0.22, N: 0 },
} as const;

function roundUp(x: number): number {
  const i = Math.round(x * 100000);
  return i % 10000 === 0 ? i / 100000 : (Math.floor(i / 10000) + 1) / 10;
}

/** CVSS v3.0/v3.1 base score from a vector (`CVSS:3.1/AV:N/AC:L/...`); undefined if not a v3 vector. */
export function cvss3BaseScore(vector: string): number | undefined {
  if (!/^CVSS:3\.[01]\//.test(vector)) return undefined;
  const m: Record<string, string> = {};
  for (const part of vector.split("/").slice(1)) {
    const [k, v] = part.split(":");
    m[k] = v;
  }
  const av = W.AV[m.AV as keyof typeof W.AV];
  const ac = W.AC[m.AC as keyof typeof W.AC];
  const ui = W.UI[m.UI as keyof typeof W.UI];
  const c = W.CIA[m.C as keyof typeof W.CIA];
  const i = W.CIA[m.I as keyof typeof W.CIA];
  const a = W.CIA[m.A as keyof typeof W.CIA];
  const changed = m.S === "C";
  if (m.S !== "U" && m.S !== "C") return undefined;
  const pr = m.PR === "N" ? 0.85 : m.PR === "L" ? (changed ? 0.68 : 0.62) : m.PR === "H" ? (changed ? 0.5 : 0.27) : undefined;
  if ([av, ac, ui, c, i, a, pr].some((x) => x === undefined)) return undefined;
  const iss = 1 - (1 - c) * (1 - i) * (1 - a);
  const impact = changed ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : 6.42 * iss;
  const expl = 8.22 * av * ac * pr! * ui;
  if (impact <= 0) return 0;
  return changed ? roundUp(Math.min(1.08 * (impact + expl), 10)) : roundUp(Math.min(impact + expl, 10));
}

const DB_SEVERITY: Record<string, number> = { critical: 9.0, high: 7.0, moderate: 5.0, medium: 5.0, low: 2.0 };


/** §4.2: CVSS v3 base score; a numeric score; else the database severity (critical→9, high→7, moderate→5, low→2). */
export function scoreOf(v: OsvVuln): { cvss: number | null; source: VulnSlaEntry["cvssSource"] } {
  let best: number | undefined;
  for (const s of v.severity ?? []) {
    const n = cvss3BaseScore(s.score);
    if (n !== undefined) best = Math.max(best ?? 0, n);
  }
  if (best !== undefined) return { cvss: best, source: "cvss-v3" };
  for (const s of v.severity ?? []) {
    const n = Number(s.score);
    if (s.score.trim() !== "" && Number.isFinite(n) && n >= 0 && n <= 10) best = Math.max(best ?? 0, n);
  }
  if (best !== undefined) return { cvss: best, source: "cvss-numeric" };
  const label = [v.database_specific?.severity, ...(v.affected ?? []).flatMap((a) => [a.database_specific?.severity, a.ecosystem_specific?.severity])]
    .map((x) => (typeof x === "string" ? DB_SEVERITY[x.toLowerCase()] : undefined)).filter((x): x is number => x !== undefined);
  if (label.length) return { cvss: Math.max(...label), source: "database-severity" };
  return { cvss: null, source: "none" };
}

// ---------- SLA matrix (§4.2) ----------

export interface SlaDecision {
  status: SlaStatus;
  deadline: string | null;
  /** Severity of the finding, or undefined for report-only. */
  severity?: Severity;
  text?: { fr: string; en: string };
}

export function slaDecision(cvss: number | null, published: string | null, now: Date, cvssCfg: GateSettings["cvss"], release = false): SlaDecision {
  if (cvss === null) {
    return { status: "unknown-score", deadline: null, severity: "medium", text: { fr: "score CVSS inconnu : à qualifier", en: "unknown CVSS score: to be assessed" } };
  }
  const pub = published ? Date.parse(published) : NaN;
  const age = Number.isFinite(pub) ? Math.floor((now.getTime() - pub) / DAY) : undefined;
  const deadlineAfter = (days: number): string | null => (Number.isFinite(pub) ? new Date(pub + days * DAY).toISOString().slice(0, 10) : null);
  const ageText = age === undefined ? { fr: "date de publication inconnue", en: "unknown publication date" } : { fr: `publiée il y a ${age} j`, en: `published ${age} days ago` };
  if (cvss >= cvssCfg.criticalFrom) {
    const deadline = deadlineAfter(cvssCfg.criticalDays);
    const overdue = age === undefined || age > cvssCfg.criticalDays;
    return {
      status: overdue ? "overdue" : "due-soon",
      deadline,
      severity: overdue || release ? "critical" : "medium",
      text: overdue
        ? { fr: `CVSS ${cvss} : délai de ${cvssCfg.criticalDays} j dépassé (${ageText.fr})`, en: `CVSS ${cvss}: ${cvssCfg.criticalDays}-day delay exceeded (${ageText.en})` }
        : { fr: `CVSS ${cvss} : à corriger avant le ${deadline} (${ageText.fr})`, en: `CVSS ${cvss}: fix before ${deadline} (${ageText.en})` },
    };
  }
  if (cvss >= cvssCfg.highFrom) {
    const deadline = deadlineAfter(cvssCfg.highDays);
    const overdue = age === undefined || age > cvssCfg.highDays;
    const soon = !overdue && age! >= cvssCfg.highDays - 30;
    const failRelease = release && cvss > cvssCfg.highFrom;
    return {
      status: overdue ? "overdue" : soon ? "due-soon" : "open",
      deadline,
      severity: overdue || failRelease ? "high" : soon ? "medium" : "low",
      text: overdue
        ? { fr: `CVSS ${cvss} : délai de ${cvssCfg.highDays} j dépassé (${ageText.fr})`, en: `CVSS ${cvss}: ${cvssCfg.highDays}-day delay exceeded (${ageText.en})` }
        : { fr: `CVSS ${cvss} : à corriger avant le ${deadline} (${ageText.fr})`, en: `CVSS ${cvss}: fix before ${deadline} (${ageText.en})` },
    };
  }
  if (cvss > 4.0) {
    return {
      status: "next-minor",
      deadline: null,
      severity: release ? "medium" : "low",
      text: { fr: `CVSS ${cvss} : à corriger dans la prochaine version mineure`, en: `CVSS ${cvss}: fix in the next minor release` },
    };
  }
  return { status: "report-only", deadline: null };
}

// ---------- exceptions (ci/vuln-exceptions.yaml) ----------

export interface VulnException {
  id: string;
  package?: string;
  reason: string;
  approvedBy: string;
  expires: string;
}

export function parseVulnExceptions(text: string | undefined): VulnException[] {
  if (!text) return [];
  try {
    const d = parseYaml(text) as unknown;
    const list = Array.isArray(d) ? d : (d as { exceptions?: unknown })?.exceptions;
    if (!Array.isArray(list)) return [];
    return list.filter((e): e is VulnException => !!e && typeof e.id === "string" && typeof e.reason === "string" && typeof e.approvedBy === "string" && typeof e.expires === "string");
  } catch {
    return [];
  }
}

/**
 * The unexpired exception for this vulnerability, if any. The file sits in the vendor's repository:
 * it counts only when its approver is one of the hospital's (profile `approvers`), as for waivers.
 */
function exceptionFor(list: VulnException[], ids: string[], pkg: string, now: Date, approvers: readonly string[]): { honoured: boolean; approvedBy: string } | undefined {
  const e = list.find((x) => ids.includes(x.id) && (!x.package || x.package === pkg) && !isExpired(x.expires, now));
  return e && { honoured: approvers.includes(e.approvedBy), approvedBy: e.approvedBy };
}

// ---------- the scan ----------

export interface AdvisoryOptions extends OsvRunOptions {
  /** Release/offer build: O-3.10 fails any CVSS > 7 at any age. */
  release?: boolean;
  includeDev?: boolean;
}

export interface AdvisoryRun {
  result: ScannerResult;
  /** The `vuln-sla` artefact (T2-V3). */
  sla: VulnSlaEntry[];
}

function readText(root: string, rel: string): string | undefined {
  try {
    return readFileSync(join(root, rel), "utf8");
  } catch {
    return undefined;
  }
}

const fp = (s: string): string => createHash("sha256").update(s).digest("hex");

export async function evaluateAdvisories(input: ScanInput, opts: AdvisoryOptions = {}): Promise<AdvisoryRun> {
  const t0 = Date.now();
  let version = "unknown";
  const done = (status: ScannerResult["status"], findings: Finding[], sla: VulnSlaEntry[], reason?: string): AdvisoryRun => ({
    result: { name: ADVISORIES_SCANNER, version, status, durationMs: Date.now() - t0, ...(reason ? { reason } : {}), findings },
    sla,
  });
  const lists = findDependencyLists(input.root, input.files, opts.includeDev ?? false);
  if (lists.unreadable.length) return done("failed", [], [], `package.json illisible / unreadable package.json: ${sampleList(lists.unreadable, 3)}`);
  const withPins = lists.manifests.filter((m) => m.pins.length);
  if (!lists.lockfiles.length && !withPins.length) {
    const why = lists.manifests.length ? `${lists.manifests.map((m) => m.manifest).join(", ")}: aucune version exacte / no exact version` : "aucun package-lock.json ni package.json / no package-lock.json nor package.json";
    return done("not-evaluated", [], [], `${why} : vulnérabilités non évaluées / vulnerabilities not evaluated`);
  }

  const work = mkdtempSync(join(tmpdir(), "clausier-pins-"));
  try {
    // Where each file osv-scanner reads comes from, as the report names it.
    const origin = new Map<string, string>(lists.lockfiles.map((f) => [join(input.root, f), f]));
    withPins.forEach((m, i) => origin.set(writePinLockfile(work, i, m), m.manifest));
    const run = await runOsvScanner(input, [...origin.keys()], opts);
    version = run.version === "unknown" ? "unknown" : `osv-scanner ${run.version}`;
    if (run.kind !== "ok") return done(run.kind, [], [], run.reason);
    version = `${version}, ${run.database}`;

    const exceptions = parseVulnExceptions(readText(input.root, "ci/vuln-exceptions.yaml"));
    const findings: Finding[] = [];
    const sla: VulnSlaEntry[] = [];
    for (const p of run.packages) {
      if (p.devOnly && !opts.includeDev) continue;
      const file = origin.get(p.source) ?? relative(input.root, p.source);
      for (const v of p.vulns) {
        const { cvss, source } = scoreOf(v);
        const published = v.published ?? null;
        const d = slaDecision(cvss, published, input.now, input.profile.gate.cvss, opts.release ?? false);
        const exc = exceptionFor(exceptions, [v.id, ...(v.aliases ?? [])], p.name, input.now, input.profile.approvers);
        sla.push({ id: v.id, aliases: v.aliases ?? [], file, package: p.name, version: p.version, cvss, cvssSource: source, published, deadline: d.deadline, status: exc?.honoured ? "excepted" : d.status });
        if (exc?.honoured || !d.severity || !d.text) continue;
        const ignored = exc
          ? { fr: ` ; exception de ci/vuln-exceptions.yaml ignorée (« ${exc.approvedBy} » absent des approvers du profil)`, en: `; exception in ci/vuln-exceptions.yaml ignored ("${exc.approvedBy}" is not in the profile's approvers)` }
          : { fr: "", en: "" };
        const summary = v.summary ? ` (${v.summary})` : "";
        findings.push({
          source: "gate",
          rule: DEPS_CVSS_GATE.name,
          clauses: [...DEPS_CVSS_GATE.clauses],
          severity: d.severity,
          enforcementLevel: "mandatory", // blocks at or above profile.gate.blockAt (gateEnforcement)
          message: { fr: `${p.name}@${p.version} — ${v.id}${summary} : ${d.text.fr}${ignored.fr}`, en: `${p.name}@${p.version} — ${v.id}${summary}: ${d.text.en}${ignored.en}` },
          scanner: ADVISORIES_SCANNER,
          file,
          fingerprint: fp(`${DEPS_CVSS_GATE.name}\0${file}\0${p.name}@${p.version}\0${v.id}`),
        });
      }
    }
    const unpinned = lists.manifests.filter((m) => m.unpinned.length);
    if (unpinned.length) {
      const what = unpinned.map((m) => `${m.manifest}: ${sampleList(m.unpinned, 8)}`).join("; ");
      return done("not-evaluated", findings, sla, `plages de versions sans lockfile, non évaluées / version ranges without a lockfile, not evaluated — ${what}`);
    }
    return done("ok", findings, sla);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export function createAdvisoriesScanner(opts: AdvisoryOptions = {}): Scanner & { lastSla: () => VulnSlaEntry[] } {
  let last: VulnSlaEntry[] = [];
  return {
    name: ADVISORIES_SCANNER,
    lastSla: () => last,
    async run(input) {
      const r = await evaluateAdvisories(input, opts);
      last = r.sla;
      // Proposed ScannerResult.artifacts field (see report); harmless extra property until then.
      return Object.assign(r.result, { artifacts: { "vuln-sla": r.sla } });
    },
  };
}

/** Registry export (ci/gate/scanner-registry.ts expects `vulnsScanner`). */
export const vulnsScanner = createAdvisoriesScanner();
