import type { ResourceRule, ResourceView } from "../../../core/rule";
import type { Profile } from "../../../core/profile";
import { outsideKeyScope } from "../../../core/health";
import { violation, type Violation } from "../../../core/rule";
import { bool, get } from "../../../core/props";
import { cmkViolations } from "../lib/kms";
import { shown } from "../lib/show";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-cache-search-cmk",
  clauses: ["O-8.4"],
  severity: "high",
  basis: { kind: "clause", text: "établir la responsabilité de la gestion des clés de chiffrement" },
  family: "C",
  scope: "core",
  description: {
    fr: "Les caches (ElastiCache, MemoryDB) et moteurs de recherche (OpenSearch) sont chiffrés au repos avec une clé KMS maîtrisée",
    en: "Caches (ElastiCache, MemoryDB) and search engines (OpenSearch) are encrypted at rest with a customer-managed KMS key",
  },
  remediation: {
    fr: "ElastiCache : `atRestEncryptionEnabled: true` + `kmsKeyId` ; MemoryDB : `kmsKeyArn` ; OpenSearch : `encryptAtRest: {enabled: true, kmsKeyId}`",
    en: "ElastiCache: `atRestEncryptionEnabled: true` + `kmsKeyId`; MemoryDB: `kmsKeyArn`; OpenSearch: `encryptAtRest: {enabled: true, kmsKeyId}`",
  },
  types: [
    "aws:elasticache/replicationGroup:ReplicationGroup", "aws:elasticache/serverlessCache:ServerlessCache",
    "aws:memorydb/cluster:Cluster", "aws:opensearch/domain:Domain", "aws:elasticsearch/domain:Domain",
  ],
  check(r, ctx) {
    const p = r.props;
    // Search indexes are stores of personal data (O-8.4); caches hold copies: keys.scope decides.
    if (!r.type.endsWith("/domain:Domain")) return outsideKeyScope(caches(r, ctx.profile));
    const enabled = get(p, "encryptAtRest.enabled");
    if (bool(enabled) !== true) return [violation(`\`encryptAtRest.enabled\` = ${shown(enabled).fr} : domaine non chiffré au repos`, `\`encryptAtRest.enabled\` = ${shown(enabled).en}: domain not encrypted at rest`)];
    return cmkViolations("encryptAtRest.kmsKeyId", get(p, "encryptAtRest.kmsKeyId"), ctx.profile);
  },
};

function caches(r: ResourceView, profile: Profile): Violation[] {
  const p = r.props;
  switch (r.type) {
    case "aws:elasticache/replicationGroup:ReplicationGroup":
      if (bool(p.atRestEncryptionEnabled) !== true) return [violation(`\`atRestEncryptionEnabled\` = ${shown(p.atRestEncryptionEnabled).fr} : cache non chiffré au repos`, `\`atRestEncryptionEnabled\` = ${shown(p.atRestEncryptionEnabled).en}: cache not encrypted at rest`)];
      return cmkViolations("kmsKeyId", p.kmsKeyId, profile);
    case "aws:elasticache/serverlessCache:ServerlessCache":
      return cmkViolations("kmsKeyId", p.kmsKeyId, profile);
    default:
      return cmkViolations("kmsKeyArn", p.kmsKeyArn, profile);
  }
}
