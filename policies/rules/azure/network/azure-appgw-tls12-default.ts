import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { get } from "../../../core/props";

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-appgw-tls12-default",
  clauses: ["O-8.1"],
  severity: "low",
  basis: { kind: "clause", text: "l'usage du TLS 1.2 ou plus est impératif" },
  family: "B",
  scope: "core",
  description: {
    fr: "Une Application Gateway sans politique TLS explicite dépend de la version d'API (AppGwSslPolicy20150501, TLS 1.0, avant l'API 2023-02-01)",
    en: "An Application Gateway without an explicit TLS policy depends on the API version (AppGwSslPolicy20150501, TLS 1.0, before API 2023-02-01)",
  },
  remediation: {
    fr: "Déclarer `sslPolicy` explicitement, par ex. `{policyType: \"Predefined\", policyName: \"AppGwSslPolicy20220101\"}`",
    en: "Declare `sslPolicy` explicitly, e.g. `{policyType: \"Predefined\", policyName: \"AppGwSslPolicy20220101\"}`",
  },
  types: ["azure-native:network:ApplicationGateway"],
  check(r) {
    const p = r.props.sslPolicy;
    // A policy with neither a type nor a name leaves the API-version default in force too.
    if (p !== undefined && (get(p, "policyType") !== undefined || get(p, "policyName") !== undefined)) return [];
    return [violation(
      "`sslPolicy` absent ou sans `policyType`/`policyName` : la politique par défaut dépend de la version d'API (TLS 1.0 avant 2023-02-01)",
      "`sslPolicy` absent or without `policyType`/`policyName`: the default policy depends on the API version (TLS 1.0 before 2023-02-01)")];
  },
};
