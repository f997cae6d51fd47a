import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { get, str } from "../../../core/props";

export const CPS_TAG = "clausier:auth";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-mtls-cps-truststore",
  clauses: ["O-12.3.5"],
  severity: "low",
  basis: { kind: "practice" },
  family: "H",
  scope: "saas",
  description: {
    fr: "Les points d'accès authentifiés par carte CPS (étiquette clausier:auth=cps) vérifient le certificat client (mTLS)",
    en: "Endpoints authenticated with a CPS card (tag clausier:auth=cps) verify the client certificate (mTLS)",
  },
  remediation: {
    fr: "Écouteur : `mutualAuthentication: {mode: \"verify\", trustStoreArn}` ; API Gateway : `mutualTlsAuthentication.truststoreUri` avec les AC de l'IGC Santé",
    en: "Listener: `mutualAuthentication: {mode: \"verify\", trustStoreArn}`; API Gateway: `mutualTlsAuthentication.truststoreUri` with the IGC Santé CAs",
  },
  types: ["aws:lb/listener:Listener", "aws:alb/listener:Listener", "aws:apigateway/domainName:DomainName", "aws:apigatewayv2/domainName:DomainName"],
  check(r) {
    if (r.tags[CPS_TAG]?.toLowerCase() !== "cps") return [];
    if (r.type.includes("/listener:")) {
      const mode = str(get(r.props, "mutualAuthentication.mode"));
      return mode === "verify" ? [] : [violation(`\`mutualAuthentication.mode\` = ${mode ?? "absent (off)"} sur un point d'accès CPS`, `\`mutualAuthentication.mode\` = ${mode ?? "absent (off)"} on a CPS endpoint`)];
    }
    return get(r.props, "mutualTlsAuthentication.truststoreUri") !== undefined ? [] : [violation("`mutualTlsAuthentication` absent sur un point d'accès CPS", "`mutualTlsAuthentication` is absent on a CPS endpoint")];
  },
};
