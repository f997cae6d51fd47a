import { violation, type ResourceRule, type Violation } from "../../../core/rule";
import { isUnknown, unverified } from "../../../core/unknown";

/** Per type: [property, value that is unsafe or `missing` when it must be true]. */
const CHECKS: Record<string, { prop: string; bad: (v: unknown) => boolean; fr: string; en: string }[]> = {};
const mustBeTrue = (prop: string) => ({ prop, bad: (v: unknown) => v !== true, fr: `${prop} ≠ true`, en: `${prop} ≠ true` });
const mustNotBeTrue = (prop: string, fr: string, en: string) => ({ prop, bad: (v: unknown) => v === true, fr, en });
const skipSnapshot = mustNotBeTrue("skipFinalSnapshot", "skipFinalSnapshot = true (aucun instantané final)", "skipFinalSnapshot = true (no final snapshot)");
CHECKS["aws:rds/instance:Instance"] = [mustBeTrue("deletionProtection"), skipSnapshot];
CHECKS["aws:rds/cluster:Cluster"] = [mustBeTrue("deletionProtection"), skipSnapshot];
CHECKS["aws:dynamodb/table:Table"] = [mustBeTrue("deletionProtectionEnabled")];
CHECKS["aws:lb/loadBalancer:LoadBalancer"] = [mustBeTrue("enableDeletionProtection")];
CHECKS["aws:alb/loadBalancer:LoadBalancer"] = [mustBeTrue("enableDeletionProtection")];
CHECKS["aws:cloudwatch/logGroup:LogGroup"] = [mustBeTrue("deletionProtectionEnabled")];
CHECKS["aws:eks/cluster:Cluster"] = [mustBeTrue("deletionProtection")];
CHECKS["aws:s3/bucket:Bucket"] = [mustNotBeTrue("forceDestroy", "forceDestroy = true (suppression avec les objets)", "forceDestroy = true (deleted with its objects)")];
CHECKS["aws:s3/bucketV2:BucketV2"] = CHECKS["aws:s3/bucket:Bucket"];

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-deletion-protection-prod",
  clauses: ["O-12.3.8"],
  severity: "high",
  basis: { kind: "practice" },
  family: "G",
  scope: "saas",
  description: {
    fr: "En production, bases, tables, équilibreurs, journaux et clusters sont protégés contre la suppression",
    en: "In production, databases, tables, load balancers, logs and clusters are protected against deletion",
  },
  remediation: {
    fr: "Activer deletionProtection / deletionProtectionEnabled / enableDeletionProtection, garder skipFinalSnapshot et forceDestroy à false",
    en: "Enable deletionProtection / deletionProtectionEnabled / enableDeletionProtection, keep skipFinalSnapshot and forceDestroy false",
  },
  types: Object.keys(CHECKS),
  check(r, ctx) {
    if (!ctx.isProd) return [];
    const out: Violation[] = [];
    for (const c of CHECKS[r.type] ?? []) {
      const v = r.props[c.prop];
      if (isUnknown(v)) out.push(unverified(c.prop));
      else if (c.bad(v)) out.push(violation(c.fr, c.en));
    }
    return out;
  },
};
