import { str, strs } from "../../core/props";
import { violation, type StackRule, type Violation } from "../../core/rule";
import { isUnknown, unverified } from "../../core/unknown";
import { ofType, ref } from "./lib/links";
import { serverChildren, SQL_SERVER } from "./azure-sql-tde-cmk";

const POLICIES = ["azure-native:sql:ServerBlobAuditingPolicy", "azure-native:sql:ExtendedServerBlobAuditingPolicy"];
const GROUPS = ["SUCCESSFUL_DATABASE_AUTHENTICATION_GROUP", "FAILED_DATABASE_AUTHENTICATION_GROUP"];

export const rule: StackRule = {
  kind: "stack",
  name: "azure-sql-auditing",
  clauses: ["O-6.2"],
  severity: "high",
  basis: { kind: "practice" },
  family: "F",
  scope: "core",
  description: {
    fr: "Chaque serveur Azure SQL a un audit actif qui trace les authentifications réussies et échouées",
    en: "Every Azure SQL server has auditing on, tracing successful and failed authentications",
  },
  remediation: {
    fr: "Déclarer sql.ServerBlobAuditingPolicy state Enabled (isAzureMonitorTargetEnabled) ; si auditActionsAndGroups est fixé, y garder SUCCESSFUL_ et FAILED_DATABASE_AUTHENTICATION_GROUP",
    en: "Declare sql.ServerBlobAuditingPolicy with state Enabled (isAzureMonitorTargetEnabled); if auditActionsAndGroups is set, keep SUCCESSFUL_ and FAILED_DATABASE_AUTHENTICATION_GROUP in it",
  },
  check(resources) {
    const out: Violation[] = [];
    for (const server of ofType(resources, [SQL_SERVER])) {
      const say = (fr: string, en: string) => out.push(violation(`serveur SQL ${server.name} : ${fr}`, `SQL server ${server.name}: ${en}`, ref(server)));
      const policies = serverChildren(server, resources, POLICIES);
      if (policies.some((p) => isUnknown(p.props.state) || isUnknown(p.props.auditActionsAndGroups))) {
        out.push(unverified("ServerBlobAuditingPolicy.state", ref(server)));
        continue;
      }
      const enabled = policies.filter((p) => str(p.props.state)?.toLowerCase() === "enabled");
      if (!enabled.length) {
        say("audit non activé", "auditing not enabled");
        continue;
      }
      // Without auditActionsAndGroups, Azure audits both authentication groups by default.
      const lacking = GROUPS.filter((g) => !enabled.some((p) => p.props.auditActionsAndGroups === undefined || strs(p.props.auditActionsAndGroups).includes(g)));
      if (lacking.length) say(`groupes d'audit manquants : ${lacking.join(", ")}`, `missing audit groups: ${lacking.join(", ")}`);
    }
    return out;
  },
};
