import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { bags, get, str, strs } from "../../../core/props";
import { cidrWithin } from "../../../core/network";

const ADMIN_PATH = /\/(admin|manage|console)/i;

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-admin-paths-ip-restricted",
  clauses: ["O-5.3"],
  severity: "high",
  basis: { kind: "clause", text: "filtrage IP pour les solutions en mode SaaS" },
  family: "D",
  scope: "saas",
  description: {
    fr: "Les règles d'écouteur qui servent des chemins d'administration filtrent l'IP source sur les plages d'administration",
    en: "Listener rules serving administration paths filter the source IP on the administration ranges",
  },
  remediation: {
    fr: "Ajouter une condition `sourceIp: {values: <adminCidrs>}` à la règle (ou une règle WAF d'IP set autorisée)",
    en: "Add a `sourceIp: {values: <adminCidrs>}` condition to the rule (or a WAF allow IP-set rule)",
  },
  types: ["aws:lb/listenerRule:ListenerRule", "aws:alb/listenerRule:ListenerRule"],
  check(r, ctx) {
    const conditions = bags(r.props.conditions);
    const paths = conditions.flatMap((c) => strs(get(c, "pathPattern.values"))).filter((p) => ADMIN_PATH.test(p));
    if (!paths.length) return [];
    // A rule that only answers a fixed response (e.g. 403) serves nothing.
    const actions = bags(r.props.actions);
    if (actions.length && actions.every((a) => str(a.type) === "fixed-response")) return [];
    const ips = conditions.flatMap((c) => strs(get(c, "sourceIp.values")));
    if (ips.length && ips.every((ip) => cidrWithin(ip, ctx.profile.adminCidrs))) return [];
    return [violation(
      `chemins d'administration ${paths.join(", ")} sans condition \`sourceIp\` limitée à \`adminCidrs\`${ips.length ? ` (sources : ${ips.join(", ")})` : ""}`,
      `administration paths ${paths.join(", ")} without a \`sourceIp\` condition limited to \`adminCidrs\`${ips.length ? ` (sources: ${ips.join(", ")})` : ""}`)];
  },
};
