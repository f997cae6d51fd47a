import type { ResourceRule } from "../../../core/rule";
import { violation, type Violation } from "../../../core/rule";
import { bags, str } from "../../../core/props";

const OLD_PG = /^TLSv1(\.1)?$/i;
const OLD_MYSQL = new Set(["tlsv1", "tlsv1.1"]);

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-rds-tls-min-version",
  clauses: ["O-8.1", "O-8.2"],
  severity: "medium",
  basis: { kind: "clause", text: "Les données utiles à l'authentification doivent être chiffrées lors de leur communication et de leur stockage" },
  family: "B",
  scope: "core",
  description: {
    fr: "Les groupes de paramètres RDS/Aurora n'autorisent pas de version de TLS antérieure à 1.2",
    en: "RDS/Aurora parameter groups do not allow TLS versions older than 1.2",
  },
  remediation: {
    fr: "PostgreSQL : `ssl_min_protocol_version = TLSv1.2` ; MySQL/MariaDB : `tls_version = TLSv1.2,TLSv1.3`",
    en: "PostgreSQL: `ssl_min_protocol_version = TLSv1.2`; MySQL/MariaDB: `tls_version = TLSv1.2,TLSv1.3`",
  },
  types: ["aws:rds/parameterGroup:ParameterGroup", "aws:rds/clusterParameterGroup:ClusterParameterGroup"],
  check(r) {
    const family = (str(r.props.family) ?? "").toLowerCase();
    const out: Violation[] = [];
    for (const p of bags(r.props.parameters)) {
      const name = (str(p.name) ?? "").toLowerCase();
      const value = str(p.value) ?? "";
      if (name === "ssl_min_protocol_version" && family.includes("postgres") && OLD_PG.test(value.trim())) {
        out.push(violation(`paramètre \`ssl_min_protocol_version\` = ${value} (< TLSv1.2)`, `parameter \`ssl_min_protocol_version\` = ${value} (< TLSv1.2)`));
      }
      if (name === "tls_version" && /mysql|mariadb/.test(family)) {
        const old = value.split(",").map((x) => x.trim()).filter((x) => OLD_MYSQL.has(x.toLowerCase()));
        if (old.length) out.push(violation(`paramètre \`tls_version\` = ${value} contient ${old.join(", ")}`, `parameter \`tls_version\` = ${value} contains ${old.join(", ")}`));
      }
    }
    return out;
  },
};
