import { get, num } from "../../../core/props";
import { backupMinimum, violation, type ResourceRule } from "../../../core/rule";
import { isUnknown, unverified } from "../../../core/unknown";

/** Property holding the retention in days, and the provider default when absent. */
const RETENTION: Record<string, [string, number]> = {
  "aws:rds/instance:Instance": ["backupRetentionPeriod", 0],
  "aws:rds/cluster:Cluster": ["backupRetentionPeriod", 1],
  "aws:docdb/cluster:Cluster": ["backupRetentionPeriod", 1],
  "aws:elasticache/replicationGroup:ReplicationGroup": ["snapshotRetentionLimit", 0],
};

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-db-backup-retention",
  clauses: ["O-12.3.8"],
  severity: "high",
  basis: { kind: "profile", key: "backupRetentionDays" },
  family: "G",
  scope: "saas",
  description: {
    fr: "Les bases AWS gardent leurs sauvegardes au moins la durée du CCTP (backupRetentionDays du profil) ; DynamoDB active la restauration à un instant donné",
    en: "AWS databases keep backups at least the CCTP's duration (the profile's backupRetentionDays); DynamoDB enables point-in-time recovery",
  },
  remediation: {
    fr: "Fixer backupRetentionPeriod / snapshotRetentionLimit ≥ backupRetentionDays (prodMin en production) ; pointInTimeRecovery.enabled: true sur DynamoDB",
    en: "Set backupRetentionPeriod / snapshotRetentionLimit ≥ backupRetentionDays (prodMin in production); pointInTimeRecovery.enabled: true on DynamoDB",
  },
  types: [...Object.keys(RETENTION), "aws:dynamodb/table:Table"],
  check(r, ctx) {
    if (r.type === "aws:dynamodb/table:Table") {
      const v = get(r.props, "pointInTimeRecovery.enabled");
      if (isUnknown(v)) return [unverified("pointInTimeRecovery.enabled")];
      return v === true ? [] : [violation("restauration à un instant donné (PITR) désactivée", "point-in-time recovery (PITR) off")];
    }
    // Read replicas and Aurora members are backed up through their source / cluster.
    if (r.type === "aws:rds/instance:Instance" && (r.props.replicateSourceDb !== undefined || /^aurora/.test(String(r.props.engine ?? "")))) return [];
    const [prop, dflt] = RETENTION[r.type];
    const v = r.props[prop];
    if (isUnknown(v)) return [unverified(prop)];
    const days = v === undefined ? dflt : num(v) ?? 0;
    const min = backupMinimum(ctx);
    // Without the CCTP's figure only disabled backups are worth saying (advisory, naming the key).
    if (min === undefined) return days === 0 ? [violation(`${prop} = 0 : sauvegardes automatiques désactivées`, `${prop} = 0: automated backups off`)] : [];
    return days < min ? [violation(`${prop} = ${days} jours < minimum ${min}${ctx.isProd ? " (production)" : ""}`, `${prop} = ${days} days < minimum ${min}${ctx.isProd ? " (production)" : ""}`)] : [];
  },
};
