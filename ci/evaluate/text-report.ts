// Console report of an evaluation, grouped by clause, for a security officer.
import type { Lang } from "../../policies/core/model";
import { severityRank, type Finding } from "../../policies/core/model";
import { isBlocking, messageText, type EvaluateResult } from "../result/model";

const T = {
  fr: { stack: "Pile", resources: "ressources", verdict: "Verdict", blocked: "BLOQUÉ", pass: "CONFORME", error: "ERREUR (évaluation incomplète)", warning: "Attention", failed: "Échec", view: { simulation: "simulation du déploiement", preview: "première prévisualisation" }, waived: "dérogation", none: "Aucun constat.", advisory: "avertissement", mandatory: "bloquant", noClause: "(sans clause)", waivers: "Dérogations" },
  en: { stack: "Stack", resources: "resources", verdict: "Verdict", blocked: "BLOCKED", pass: "COMPLIANT", error: "ERROR (incomplete evaluation)", warning: "Warning", failed: "Failed", view: { simulation: "deployment simulation", preview: "first preview" }, waived: "waiver", none: "No finding.", advisory: "advisory", mandatory: "blocking", noClause: "(no clause)", waivers: "Waivers" },
};

export function renderEvaluateText(r: EvaluateResult, lang: Lang): string {
  const t = T[lang];
  const e = r.evaluation;
  const lines: string[] = [];
  const blocking = r.findings.filter(isBlocking);
  lines.push(`${t.stack} ${e.stack} (${e.project}) — ${e.resources} ${t.resources} — ${e.policyPack.name}@${e.policyPack.version} — ${t.view[e.view]}`);
  const verdict = r.verdict === "error" ? t.error : blocking.length ? `${t.blocked} (${blocking.length})` : t.pass;
  lines.push(`${t.verdict}: ${verdict}${r.verdict === "error" && blocking.length ? ` — ${t.blocked} (${blocking.length})` : ""}`);
  for (const x of e.errors) lines.push(`${t.failed}: ${x}`);
  for (const w of e.warnings) lines.push(`${t.warning}: ${w[lang]}`);
  if (!r.findings.length) lines.push(t.none);
  const byClause = new Map<string, Finding[]>();
  for (const f of r.findings) {
    const key = f.clauses[0] ?? t.noClause;
    byClause.set(key, [...(byClause.get(key) ?? []), f]);
  }
  const clauseOrder = [...byClause.keys()].sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  for (const c of clauseOrder) {
    lines.push("", `■ ${c}`);
    const fs = byClause.get(c)!.sort((a, b) => severityRank[b.severity] - severityRank[a.severity]);
    for (const f of fs) {
      const level = f.waived ? `${t.waived} ${f.waived.id}` : isBlocking(f) ? t.mandatory : t.advisory;
      const where = f.resource ? `${f.resource.type} « ${f.resource.name} »` : e.stack;
      lines.push(`  [${f.severity.toUpperCase()}|${level}] ${f.rule} — ${where}`);
      lines.push(`      ${messageText(f, lang)}`);
    }
  }
  if (r.waivers.length) {
    lines.push("", `${t.waivers}:`);
    for (const w of r.waivers) lines.push(`  ${w.id} (${w.cctpReference}) — ${w.approvedBy}, ${w.expires} — ${w.status}`);
  }
  return lines.join("\n") + "\n";
}
