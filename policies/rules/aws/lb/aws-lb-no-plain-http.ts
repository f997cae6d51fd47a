import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { bags, get, str } from "../../../core/props";
import { LISTENER_TYPES } from "./aws-lb-listener-tls12";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-lb-no-plain-http",
  clauses: ["O-8.1"],
  severity: "high",
  basis: { kind: "clause", text: "l'usage du TLS 1.2 ou plus est impératif" },
  family: "B",
  scope: "core",
  description: {
    fr: "Un écouteur HTTP en clair ne fait que rediriger vers HTTPS",
    en: "A plaintext HTTP listener only redirects to HTTPS",
  },
  remediation: {
    fr: "Remplacer les actions par une redirection `{type: \"redirect\", redirect: {protocol: \"HTTPS\", port: \"443\", statusCode: \"HTTP_301\"}}` ; pour un répartiteur interne, enregistrer une dérogation",
    en: "Replace the actions with a redirect `{type: \"redirect\", redirect: {protocol: \"HTTPS\", port: \"443\", statusCode: \"HTTP_301\"}}`; for an internal load balancer, record a waiver",
  },
  types: LISTENER_TYPES,
  check(r) {
    const raw = r.props.protocol;
    // An ALB listener without `protocol` defaults to HTTP; unknown protocols are computed, not literal HTTP.
    const protocol = raw === undefined && r.props.certificateArn === undefined ? "HTTP" : str(raw)?.toUpperCase();
    if (protocol !== "HTTP") return [];
    const actions = bags(r.props.defaultActions);
    const bad = actions.filter((a) => str(a.type)?.toLowerCase() !== "redirect" || str(get(a, "redirect.protocol"))?.toUpperCase() !== "HTTPS");
    if (actions.length && !bad.length) return [];
    const what = bad.map((a) => (str(a.type) === "redirect" ? `redirect→${str(get(a, "redirect.protocol")) ?? "?"}` : (str(a.type) ?? "?"))).join(", ");
    return [violation(
      `écouteur \`protocol\` = HTTP sans redirection vers HTTPS (actions : ${what || "aucune"})`,
      `listener \`protocol\` = HTTP without a redirect to HTTPS (actions: ${what || "none"})`)];
  },
};
