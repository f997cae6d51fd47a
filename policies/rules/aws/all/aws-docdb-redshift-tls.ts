import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { bags, str } from "../../../core/props";

function param(ps: unknown, name: string): string | undefined {
  const p = bags(ps).find((x) => str(x.name)?.toLowerCase() === name);
  return p ? (str(p.value) ?? String(p.value)) : undefined;
}

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-docdb-redshift-tls",
  clauses: ["O-8.1", "O-8.2"],
  severity: "high",
  basis: { kind: "clause", text: "Les données utiles à l'authentification doivent être chiffrées lors de leur communication et de leur stockage" },
  family: "B",
  scope: "core",
  description: {
    fr: "DocumentDB et Redshift exigent TLS pour les connexions clientes",
    en: "DocumentDB and Redshift require TLS for client connections",
  },
  remediation: {
    fr: "DocumentDB : ne pas fixer `tls` à disabled ; Redshift : paramètre `require_ssl = true`",
    en: "DocumentDB: do not set `tls` to disabled; Redshift: parameter `require_ssl = true`",
  },
  types: ["aws:docdb/clusterParameterGroup:ClusterParameterGroup", "aws:redshift/parameterGroup:ParameterGroup"],
  check(r) {
    if (r.type === "aws:docdb/clusterParameterGroup:ClusterParameterGroup") {
      const tls = param(r.props.parameters, "tls");
      return tls?.toLowerCase() === "disabled" ? [violation("paramètre `tls` = disabled : connexions DocumentDB en clair", "parameter `tls` = disabled: plaintext DocumentDB connections")] : [];
    }
    // Redshift's default for require_ssl is false: absent fails.
    const req = param(r.props.parameters, "require_ssl");
    return req?.toLowerCase() === "true" ? [] : [violation(`paramètre \`require_ssl\` = ${req ?? "absent (défaut false)"}`, `parameter \`require_ssl\` = ${req ?? "absent (default false)"}`)];
  },
};
