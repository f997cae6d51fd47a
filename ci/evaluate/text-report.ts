// Console report of an evaluation, grouped by clause, for a security officer.
import type { Lang } from "../../policies/core/model";
import { severityRank } from "../../policies/core/model";
import { localMessage } from "../report/model";
import { isBlocking, type EvaluateResult, type PolicyViolation } from "./evaluate";

const T = {
  fr: { stack: "Pile", resources: "ressources", verdict: "Verdict", blocked: "BLOQUÉ", pass: "CONFORME", error: "ERREUR (évaluation incomplète)", warning: "Attention", failed: "Échec", view: { simulation: "simulation du déploiement", preview: "première prévisualisation" }, waived: "dérogation", none: "Aucun constat.", advisory: "avertissement", mandatory: "bloquant", noClause: "(sans clause)", waivers: "Dérogations" },
  en: { stack: "Stack", resources: "resources", verdict: "Verdict", blocked: "BLOCKED", pass: "COMPLIANT", error: "ERROR (incomplete evaluation)", warning: "Warning", failed: "Failed", view: { simulation: "deployment simulation", preview: "first preview" }, waived: "waiver", none: "No finding.", advisory: "advisory", mandatory: "blocking", noClause: "(no clause)", waivers: "Waivers" },
};

export function renderEvaluateText(r: EvaluateResult, lang: Lang): string {
  const t = T[lang];
  const lines: string[] = [];
  const blocking = r.violations.filter(isBlocking);
  lines.push(`${t.stack} ${r.stack} (${r.project}) — ${r.resources} ${t.resources} — ${r.policyPack.name}@${r.policyPack.version} — ${t.view[r.view]}`);
  const verdict = r.errors.length ? t.error : blocking.length ? `${t.blocked} (${blocking.length})` : t.pass;
  lines.push(`${t.verdict}: ${verdict}${r.errors.length && blocking.length ? ` — ${t.blocked} (${blocking.length})` : ""}`);
  for (const e of r.errors) lines.push(`${t.failed}: ${e}`);
  for (const w of r.warnings) lines.push(`${t.warning}: ${localMessage(w, lang)}`);
  if (!r.violations.length) lines.push(t.none);
  const byClause = new Map<string, PolicyViolation[]>();
  for (const v of r.violations) {
    const key = v.clauses[0] ?? t.noClause;
    byClause.set(key, [...(byClause.get(key) ?? []), v]);
  }
  const clauseOrder = [...byClause.keys()].sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  for (const c of clauseOrder) {
    lines.push("", `■ ${c}`);
    const vs = byClause.get(c)!.sort((a, b) => severityRank[(b.severity || "low") as keyof typeof severityRank] - severityRank[(a.severity || "low") as keyof typeof severityRank]);
    for (const v of vs) {
      const level = v.waived ? `${t.waived} ${v.waived.id}` : v.enforcementLevel === "mandatory" ? t.mandatory : t.advisory;
      const where = v.resource ? `${v.resource.type} « ${v.resource.name} »` : r.stack;
      lines.push(`  [${(v.severity || "?").toUpperCase()}|${level}] ${v.policy} — ${where}`);
      lines.push(`      ${localMessage(v.message, lang)}`);
    }
  }
  if (r.waivers.length) {
    lines.push("", `${t.waivers}:`);
    for (const w of r.waivers) lines.push(`  ${w.id} (${w.cctpReference}) — ${w.approvedBy}, ${w.expires} — ${w.status}`);
  }
  return lines.join("\n") + "\n";
}
