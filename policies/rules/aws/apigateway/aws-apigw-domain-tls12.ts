import type { ResourceRule } from "../../../core/rule";
import { violation, type Violation } from "../../../core/rule";
import { get } from "../../../core/props";
import { isUnknown, unverified } from "../../../core/unknown";

/** `TLS_1_2`, or an enhanced policy whose floor is TLS 1.2/1.3 (SecurityPolicy_TLS13_1_2_…, …_TLS12_PFS_…). */
export function apiGatewayPolicyProblem(prop: string, v: unknown): Violation[] {
  if (isUnknown(v)) return [unverified(prop)];
  if (typeof v !== "string" || v === "") {
    return [violation(`\`${prop}\` absente : la valeur par défaut TLS_1_0 accepte TLS 1.0`, `\`${prop}\` is absent: the default TLS_1_0 accepts TLS 1.0`)];
  }
  if (v.toUpperCase() === "TLS_1_2" || /^SecurityPolicy_TLS1[23]_(1_[23]|PFS)/i.test(v)) return [];
  return [violation(`\`${prop}\` = ${v} n'impose pas TLS 1.2 au minimum (à vérifier dans la table AWS)`, `\`${prop}\` = ${v} does not enforce TLS 1.2 or later (check the AWS table)`)];
}

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-apigw-domain-tls12",
  clauses: ["O-8.1"],
  severity: "high",
  basis: { kind: "clause", text: "l'usage du TLS 1.2 ou plus est impératif" },
  family: "B",
  scope: "core",
  description: {
    fr: "Les noms de domaine API Gateway imposent TLS 1.2 au minimum",
    en: "API Gateway domain names require TLS 1.2 or later",
  },
  remediation: {
    fr: "Fixer `securityPolicy` (REST) ou `domainNameConfiguration.securityPolicy` (HTTP/WebSocket) à TLS_1_2 ou à une politique SecurityPolicy_TLS13_1_2_*",
    en: "Set `securityPolicy` (REST) or `domainNameConfiguration.securityPolicy` (HTTP/WebSocket) to TLS_1_2 or a SecurityPolicy_TLS13_1_2_* policy",
  },
  types: ["aws:apigateway/domainName:DomainName", "aws:apigatewayv2/domainName:DomainName"],
  check(r) {
    return r.type === "aws:apigateway/domainName:DomainName"
      ? apiGatewayPolicyProblem("securityPolicy", r.props.securityPolicy)
      : apiGatewayPolicyProblem("domainNameConfiguration.securityPolicy", get(r.props, "domainNameConfiguration.securityPolicy"));
  },
};
