import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { str } from "../../../core/props";
import { AWS_MIN_ENGINE_VERSIONS, compareVersions, hasVersion } from "../lib/min-versions";

/** [engine key, version property] of a resource, or undefined when not decidable. */
function engineOf(type: string, p: Record<string, unknown>): [string, string, string] | undefined {
  switch (type) {
    case "aws:eks/cluster:Cluster":
      return ["eks", "version", str(p.version) ?? ""];
    case "aws:opensearch/domain:Domain": {
      // "OpenSearch_2.11" or "Elasticsearch_7.10".
      const v = str(p.engineVersion) ?? "";
      const m = /^(OpenSearch|Elasticsearch)_(.+)$/i.exec(v);
      return m ? [m[1].toLowerCase(), "engineVersion", m[2]] : undefined;
    }
    case "aws:elasticsearch/domain:Domain":
      return ["elasticsearch", "elasticsearchVersion", str(p.elasticsearchVersion) ?? ""];
    case "aws:elasticache/serverlessCache:ServerlessCache":
      return [str(p.engine)?.toLowerCase() ?? "", "majorEngineVersion", str(p.majorEngineVersion) ?? ""];
    case "aws:elasticache/replicationGroup:ReplicationGroup":
      return [str(p.engine)?.toLowerCase() ?? "redis", "engineVersion", str(p.engineVersion) ?? ""];
    case "aws:docdb/cluster:Cluster":
      return ["docdb", "engineVersion", str(p.engineVersion) ?? ""];
    default:
      return [str(p.engine)?.toLowerCase() ?? "", "engineVersion", str(p.engineVersion) ?? ""];
  }
}

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-no-eol-engines",
  clauses: ["O-7.1", "O-3.10"],
  severity: "high",
  basis: { kind: "clause", text: "de composant obsolète (sans maintenance de correctif de vulnérabilité de l'éditeur)" },
  family: "K",
  scope: "core",
  description: {
    fr: "Les moteurs managés (RDS, Aurora, DocumentDB, EKS, ElastiCache, OpenSearch) sont sur une version encore supportée",
    en: "Managed engines (RDS, Aurora, DocumentDB, EKS, ElastiCache, OpenSearch) run a still-supported version",
  },
  remediation: {
    fr: "Monter de version majeure au-dessus du plancher de policies/rules/aws/lib/min-versions.ts",
    en: "Upgrade the major version above the floor in policies/rules/aws/lib/min-versions.ts",
  },
  unknownHandled: ["engineVersion", "version"],
  types: [
    "aws:rds/instance:Instance", "aws:rds/cluster:Cluster", "aws:rds/globalCluster:GlobalCluster", "aws:docdb/cluster:Cluster", "aws:eks/cluster:Cluster",
    "aws:elasticache/replicationGroup:ReplicationGroup", "aws:elasticache/cluster:Cluster", "aws:elasticache/serverlessCache:ServerlessCache",
    "aws:opensearch/domain:Domain", "aws:elasticsearch/domain:Domain",
  ],
  check(r) {
    const e = engineOf(r.type, r.props);
    // Absent versions take the provider's current default; unknown ones come from another resource checked on its own.
    if (!e || !hasVersion(e[2])) return [];
    const [engine, prop, version] = e;
    const floor = AWS_MIN_ENGINE_VERSIONS[engine];
    if (!floor || compareVersions(version, floor.min) >= 0) return [];
    return [violation(`\`${prop}\` = ${version} (${engine}) < ${floor.min} : ${floor.note}`, `\`${prop}\` = ${version} (${engine}) < ${floor.min}: ${floor.note}`)];
  },
};
