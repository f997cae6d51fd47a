import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { bool, get } from "../../../core/props";

/** Property and whether an absent value means "off" (OpenSearch and Amazon MQ default to false). */
const PROPS: Record<string, { prop: string; absentIsOff: boolean }> = {
  "aws:rds/instance:Instance": { prop: "autoMinorVersionUpgrade", absentIsOff: false },
  "aws:rds/clusterInstance:ClusterInstance": { prop: "autoMinorVersionUpgrade", absentIsOff: false },
  "aws:elasticache/replicationGroup:ReplicationGroup": { prop: "autoMinorVersionUpgrade", absentIsOff: false },
  "aws:elasticache/cluster:Cluster": { prop: "autoMinorVersionUpgrade", absentIsOff: false },
  "aws:memorydb/cluster:Cluster": { prop: "autoMinorVersionUpgrade", absentIsOff: false },
  "aws:mq/broker:Broker": { prop: "autoMinorVersionUpgrade", absentIsOff: true },
  "aws:opensearch/domain:Domain": { prop: "softwareUpdateOptions.autoSoftwareUpdateEnabled", absentIsOff: true },
};

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-managed-auto-minor-upgrades",
  clauses: ["O-7.1", "O-12.4.1"],
  severity: "medium",
  basis: { kind: "practice" },
  family: "K",
  scope: "core",
  description: {
    fr: "Les services managés appliquent automatiquement les versions mineures (correctifs de sécurité)",
    en: "Managed services apply minor versions (security fixes) automatically",
  },
  remediation: {
    fr: "Activer la mise à jour mineure automatique, ou enregistrer une dérogation citant la procédure de qualification du titulaire",
    en: "Turn automatic minor upgrades on, or record a waiver citing the vendor's qualification procedure",
  },
  types: Object.keys(PROPS),
  check(r) {
    const spec = PROPS[r.type];
    if (!spec) return [];
    const v = bool(get(r.props, spec.prop));
    if (v === true || (v === undefined && !spec.absentIsOff)) return [];
    const shown = v === false ? "false" : "absent (false)";
    return [violation(`\`${spec.prop}\` = ${shown} : correctifs mineurs non appliqués automatiquement`, `\`${spec.prop}\` = ${shown}: minor fixes not applied automatically`)];
  },
};
