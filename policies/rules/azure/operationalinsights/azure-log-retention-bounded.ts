import { num } from "../../../core/props";
import { violation, type ResourceRule, type Violation } from "../../../core/rule";
import { isUnknown, unverified } from "../../../core/unknown";

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-log-retention-bounded",
  clauses: ["O-6.5"],
  severity: "high",
  basis: { kind: "profile", key: "logRetentionDays.max" },
  family: "F",
  scope: "core",
  description: {
    fr: "Les journaux Azure (Log Analytics, tables, audit SQL, immutabilité) ne sont pas conservés au-delà de la durée maximale du profil",
    en: "Azure logs (Log Analytics, tables, SQL auditing, immutability) are not kept beyond the profile's maximum duration",
  },
  remediation: {
    fr: "Borner retentionInDays / totalRetentionInDays / retentionDays / immutabilityPeriodSinceCreationInDays à logRetentionDays.max",
    en: "Cap retentionInDays / totalRetentionInDays / retentionDays / immutabilityPeriodSinceCreationInDays at logRetentionDays.max",
  },
  types: [
    "azure-native:operationalinsights:Workspace", "azure-native:operationalinsights:Table",
    "azure-native:sql:ServerBlobAuditingPolicy", "azure-native:sql:ExtendedServerBlobAuditingPolicy",
    "azure-native:storage:BlobContainerImmutabilityPolicy",
  ],
  check(r, ctx) {
    const { max } = ctx.profile.logRetentionDays;
    const out: Violation[] = [];
    const bound = (prop: string, foreverWhenZero: boolean): void => {
      const v = r.props[prop];
      const d = num(v);
      if (isUnknown(v)) out.push(unverified(prop));
      else if (foreverWhenZero && (d === undefined || d === 0)) out.push(violation(`${prop} absent ou 0 : journaux conservés sans limite`, `${prop} absent or 0: logs kept forever`));
      else if (max !== undefined && d !== undefined && d > max) out.push(violation(`${prop} = ${d} jours > maximum ${max}`, `${prop} = ${d} days > maximum ${max}`));
    };
    if (r.type.endsWith(":Workspace")) bound("retentionInDays", false);
    else if (r.type.endsWith(":Table")) {
      bound("retentionInDays", false);
      bound("totalRetentionInDays", false);
    }
    else if (r.type.endsWith("AuditingPolicy")) {
      // retentionDays only governs the storage-account target; 0 there means forever.
      if (r.props.storageEndpoint !== undefined) bound("retentionDays", true);
    } else bound("immutabilityPeriodSinceCreationInDays", false);
    return out;
  },
};
