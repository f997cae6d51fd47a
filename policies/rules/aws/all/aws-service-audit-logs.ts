import { bags, get, str, strs } from "../../../core/props";
import { violation, type ResourceRule, type Violation } from "../../../core/rule";
import { isUnknown, unverified } from "../../../core/unknown";

/** CloudWatch exports each RDS engine needs for an audit trail of connections and queries. */
function rdsExports(engine: string): string[] {
  if (/postgres/.test(engine)) return ["postgresql"];
  if (/mysql|mariadb/.test(engine)) return ["audit"];
  if (/^sqlserver/.test(engine)) return ["error", "agent"];
  if (/^oracle/.test(engine)) return ["audit"];
  return [];
}

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-service-audit-logs",
  clauses: ["O-6.2"],
  severity: "medium",
  basis: { kind: "practice" },
  family: "F",
  scope: "core",
  description: {
    fr: "Les bases RDS, clusters EKS et domaines OpenSearch exportent leurs journaux d'audit",
    en: "RDS databases, EKS clusters and OpenSearch domains export their audit logs",
  },
  remediation: {
    fr: "RDS : enabledCloudwatchLogsExports (postgresql / audit / error+agent) ; EKS : enabledClusterLogTypes api, audit, authenticator ; OpenSearch : logPublishingOptions AUDIT_LOGS et advancedSecurityOptions.enabled",
    en: "RDS: enabledCloudwatchLogsExports (postgresql / audit / error+agent); EKS: enabledClusterLogTypes api, audit, authenticator; OpenSearch: logPublishingOptions AUDIT_LOGS and advancedSecurityOptions.enabled",
  },
  types: ["aws:rds/instance:Instance", "aws:rds/cluster:Cluster", "aws:eks/cluster:Cluster", "aws:opensearch/domain:Domain"],
  check(r) {
    const missing = (prop: string, need: string[]): Violation[] => {
      const v = r.props[prop];
      if (isUnknown(v)) return [unverified(prop)];
      const lacking = need.filter((n) => !strs(v).includes(n));
      return lacking.length ? [violation(`${prop} sans ${lacking.join(", ")}`, `${prop} lacks ${lacking.join(", ")}`)] : [];
    };
    if (r.type.startsWith("aws:rds/")) {
      // Aurora instances log through their cluster; replicas follow their source.
      if (r.type === "aws:rds/instance:Instance" && (/^aurora/.test(str(r.props.engine) ?? "") || r.props.replicateSourceDb !== undefined)) return [];
      return missing("enabledCloudwatchLogsExports", rdsExports((str(r.props.engine) ?? "").toLowerCase()));
    }
    if (r.type === "aws:eks/cluster:Cluster") return missing("enabledClusterLogTypes", ["api", "audit", "authenticator"]);
    const out: Violation[] = [];
    const opts = r.props.logPublishingOptions;
    if (isUnknown(opts)) out.push(unverified("logPublishingOptions"));
    else if (!bags(opts).some((o) => str(o.logType) === "AUDIT_LOGS" && o.enabled !== false)) out.push(violation("journaux d'audit (AUDIT_LOGS) non publiés", "audit logs (AUDIT_LOGS) not published"));
    if (get(r.props, "advancedSecurityOptions.enabled") !== true) out.push(violation("contrôle d'accès fin (advancedSecurityOptions) désactivé : pas de journal d'audit par utilisateur", "fine-grained access control (advancedSecurityOptions) off: no per-user audit log"));
    return out;
  },
};
