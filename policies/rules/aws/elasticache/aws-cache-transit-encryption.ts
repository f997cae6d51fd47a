import { isUnknown, unverified } from "../../../core/unknown";
import type { ResourceRule } from "../../../core/rule";
import { violation, type Violation } from "../../../core/rule";
import { bool, str } from "../../../core/props";
import { shown } from "../lib/show";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-cache-transit-encryption",
  clauses: ["O-8.1", "O-8.2"],
  severity: "high",
  basis: { kind: "clause", text: "Les données utiles à l'authentification doivent être chiffrées lors de leur communication et de leur stockage" },
  family: "B",
  scope: "core",
  description: {
    fr: "ElastiCache et MemoryDB chiffrent les échanges en TLS, en mode « required »",
    en: "ElastiCache and MemoryDB encrypt traffic with TLS, in \"required\" mode",
  },
  remediation: {
    fr: "`transitEncryptionEnabled: true` avec `transitEncryptionMode: \"required\"` ; MemoryDB : ne pas fixer `tlsEnabled: false`",
    en: "`transitEncryptionEnabled: true` with `transitEncryptionMode: \"required\"`; MemoryDB: do not set `tlsEnabled: false`",
  },
  types: ["aws:elasticache/replicationGroup:ReplicationGroup", "aws:elasticache/cluster:Cluster", "aws:memorydb/cluster:Cluster"],
  check(r) {
    const p = r.props;
    if (r.type === "aws:memorydb/cluster:Cluster") {
      return bool(p.tlsEnabled) === false ? [violation("`tlsEnabled` = false : MemoryDB en clair", "`tlsEnabled` = false: MemoryDB in plaintext")] : [];
    }
    // A cache cluster that joins a replication group inherits the group's settings.
    if (r.type === "aws:elasticache/cluster:Cluster" && p.replicationGroupId !== undefined) return [];
    const out: Violation[] = [];
    if (isUnknown(p.transitEncryptionEnabled)) out.push(unverified("transitEncryptionEnabled"));
    else if (bool(p.transitEncryptionEnabled) !== true) out.push(violation(`\`transitEncryptionEnabled\` = ${shown(p.transitEncryptionEnabled).fr} : trafic en clair`, `\`transitEncryptionEnabled\` = ${shown(p.transitEncryptionEnabled).en}: plaintext traffic`));
    if (str(p.transitEncryptionMode)?.toLowerCase() === "preferred") out.push(violation("`transitEncryptionMode` = preferred : connexions en clair encore acceptées", "`transitEncryptionMode` = preferred: plaintext connections still accepted"));
    return out;
  },
};
