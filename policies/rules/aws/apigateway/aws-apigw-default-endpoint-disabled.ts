import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { bool } from "../../../core/props";
import { apiGatewayPolicyProblem } from "./aws-apigw-domain-tls12";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-apigw-default-endpoint-disabled",
  clauses: ["O-8.1"],
  severity: "medium",
  basis: { kind: "clause", text: "l'usage du TLS 1.2 ou plus est impératif" },
  family: "B",
  scope: "core",
  description: {
    fr: "Le point de terminaison execute-api par défaut d'une API REST est désactivé ou limité à TLS 1.2",
    en: "A REST API's default execute-api endpoint is disabled or restricted to TLS 1.2",
  },
  remediation: {
    fr: "Servir l'API par un nom de domaine TLS 1.2 et fixer `disableExecuteApiEndpoint: true`, ou fixer `securityPolicy` (avec `endpointAccessMode`) sur une politique TLS 1.2",
    en: "Serve the API through a TLS 1.2 custom domain and set `disableExecuteApiEndpoint: true`, or set `securityPolicy` (with `endpointAccessMode`) to a TLS 1.2 policy",
  },
  // HTTP and WebSocket APIs (apigatewayv2) only negotiate TLS 1.2 (verify): REST APIs only.
  types: ["aws:apigateway/restApi:RestApi"],
  check(r) {
    if (bool(r.props.disableExecuteApiEndpoint) === true) return [];
    const problem = apiGatewayPolicyProblem("securityPolicy", r.props.securityPolicy);
    if (!problem.length) return [];
    return [violation(
      `point de terminaison execute-api actif (\`disableExecuteApiEndpoint\` ≠ true) et ${problem[0].message.fr}`,
      `execute-api endpoint enabled (\`disableExecuteApiEndpoint\` ≠ true) and ${problem[0].message.en}`)];
  },
};
