import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { bool } from "../../../core/props";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-db-not-public",
  clauses: ["O-5.3"],
  severity: "critical",
  basis: { kind: "clause", text: "l'interface d'administration doit être accessible au travers de mécanismes de sécurité renforcé" },
  family: "D",
  scope: "core",
  description: {
    fr: "Les bases de données, entrepôts, brokers et instances de migration ne sont pas accessibles publiquement",
    en: "Databases, warehouses, brokers and migration instances are not publicly accessible",
  },
  remediation: {
    fr: "Fixer `publiclyAccessible: false` et passer par un bastion ou un VPN d'administration",
    en: "Set `publiclyAccessible: false` and go through a bastion or an administration VPN",
  },
  types: ["aws:rds/instance:Instance", "aws:rds/clusterInstance:ClusterInstance", "aws:redshift/cluster:Cluster", "aws:mq/broker:Broker", "aws:dms/replicationInstance:ReplicationInstance"],
  check(r) {
    return bool(r.props.publiclyAccessible) === true ? [violation("`publiclyAccessible` = true : point d'accès joignable depuis Internet", "`publiclyAccessible` = true: endpoint reachable from the internet")] : [];
  },
};
