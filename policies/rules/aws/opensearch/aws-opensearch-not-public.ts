import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { isBag } from "../../../core/props";
import { cidrWithin } from "../../../core/network";
import { conditionValues, isPublicPrincipal, statements } from "../lib/policy-doc";
import { SEARCH_TYPES } from "./aws-opensearch-tls12";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-opensearch-not-public",
  clauses: ["O-5.3"],
  severity: "high",
  basis: { kind: "clause", text: "filtrage IP pour les solutions en mode SaaS" },
  family: "D",
  scope: "core",
  description: {
    fr: "Un domaine OpenSearch hors VPC n'est pas ouvert à tout principal sans filtrage IP sur les plages d'administration",
    en: "An OpenSearch domain outside a VPC is not open to any principal without IP filtering on the administration ranges",
  },
  remediation: {
    fr: "Déployer le domaine dans un VPC (`vpcOptions`) ou conditionner `accessPolicies` par `aws:SourceIp` ⊆ `adminCidrs`",
    en: "Deploy the domain in a VPC (`vpcOptions`) or condition `accessPolicies` on `aws:SourceIp` ⊆ `adminCidrs`",
  },
  types: SEARCH_TYPES,
  check(r, ctx) {
    if (isBag(r.props.vpcOptions)) return [];
    const open = statements(r.props.accessPolicies).filter((s) => {
      if (s.effect !== "Allow" || !isPublicPrincipal(s)) return false;
      const ips = conditionValues(s, "aws:SourceIp");
      return !ips.length || !ips.every((ip) => cidrWithin(ip, ctx.profile.adminCidrs));
    });
    return open.length ? [violation("`accessPolicies` autorise Principal \"*\" sans `aws:SourceIp` limité à `adminCidrs`, domaine hors VPC", "`accessPolicies` allows Principal \"*\" without `aws:SourceIp` limited to `adminCidrs`, domain outside a VPC")] : [];
  },
};
