import { get, num, str } from "../../core/props";
import { backupMinimum, violation, type StackRule, type Violation } from "../../core/rule";
import { isUnknown, unverified } from "../../core/unknown";
import { ref, refersTo } from "./lib/links";

/** Azure defaults when nothing is set: 7 days for SQL PITR and flexible servers. */
const DEFAULT_DAYS = 7;

export const rule: StackRule = {
  kind: "stack",
  name: "azure-db-backup-retention",
  clauses: ["O-12.3.8"],
  severity: "high",
  basis: { kind: "profile", key: "backupRetentionDays" },
  family: "G",
  scope: "saas",
  description: {
    fr: "Les bases Azure gardent leurs sauvegardes au moins la durée du profil (prodMin en production)",
    en: "Azure databases keep backups at least the profile's duration (prodMin in production)",
  },
  remediation: {
    fr: "SQL : sql.BackupShortTermRetentionPolicy retentionDays ; PostgreSQL/MySQL : backup.backupRetentionDays ; Cosmos DB : backupPolicy continu 30 jours ou périodique suffisant",
    en: "SQL: sql.BackupShortTermRetentionPolicy retentionDays; PostgreSQL/MySQL: backup.backupRetentionDays; Cosmos DB: continuous 30-day or long enough periodic backupPolicy",
  },
  check(resources, ctx) {
    const min = backupMinimum(ctx);
    const out: Violation[] = [];
    const judge = (r: (typeof resources)[number], what: string, v: unknown, dflt?: number): void => {
      const days = v === undefined ? dflt : num(v);
      if (isUnknown(v)) out.push(unverified(what, ref(r)));
      // Without the CCTP's figure there is nothing to compare: Azure always keeps some backups.
      else if (min !== undefined && days !== undefined && days < min) out.push(violation(`${r.name} : ${what} = ${days} jours < minimum ${min}`, `${r.name}: ${what} = ${days} days < minimum ${min}`, ref(r)));
    };
    const policies = resources.filter((r) => r.type === "azure-native:sql:BackupShortTermRetentionPolicy");
    for (const r of resources) {
      if (r.type === "azure-native:sql:Database") {
        const name = str(r.props.databaseName);
        const p = policies.find((x) => refersTo(x, "databaseName", r, [name]));
        judge(r, "rétention PITR / PITR retention", p ? p.props.retentionDays : undefined, DEFAULT_DAYS);
      } else if (r.type === "azure-native:dbforpostgresql:Server" || r.type === "azure-native:dbformysql:Server") {
        judge(r, "backup.backupRetentionDays", get(r.props, "backup.backupRetentionDays"), DEFAULT_DAYS);
      } else if (r.type === "azure-native:cosmosdb:DatabaseAccount") {
        const type = get(r.props, "backupPolicy.type");
        if (str(type) === "Continuous") {
          const tier = get(r.props, "backupPolicy.continuousModeProperties.tier");
          judge(r, "backupPolicy (continu / continuous)", isUnknown(tier) ? tier : str(tier) === "Continuous7Days" ? 7 : 30);
        } else {
          const hours = get(r.props, "backupPolicy.periodicModeProperties.backupRetentionIntervalInHours");
          // Periodic mode keeps 8 hours by default.
          judge(r, "backupPolicy (périodique / periodic)", isUnknown(hours) ? hours : (num(hours) ?? 8) / 24);
        }
      }
    }
    return out;
  },
};
