import type { ResourceRule } from "../../../core/rule";
import { violation, type Violation } from "../../../core/rule";
import { bool } from "../../../core/props";
import { cmkViolations } from "../lib/kms";
import { shown } from "../lib/show";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-rds-encrypted-cmk",
  clauses: ["O-8.4"],
  severity: "critical",
  basis: { kind: "clause", text: "établir la responsabilité de la gestion des clés de chiffrement" },
  family: "C",
  scope: "core",
  description: {
    fr: "Les bases RDS, Aurora, DocumentDB, Neptune et Redshift sont chiffrées avec une clé KMS maîtrisée",
    en: "RDS, Aurora, DocumentDB, Neptune and Redshift databases are encrypted with a customer-managed KMS key",
  },
  remediation: {
    fr: "`storageEncrypted: true` (Redshift : `encrypted: \"true\"`) et `kmsKeyId`/`kmsKeyArn` = une clé KMS de la pile ou autorisée",
    en: "`storageEncrypted: true` (Redshift: `encrypted: \"true\"`) and `kmsKeyId`/`kmsKeyArn` = a KMS key of the stack or an allowed one",
  },
  types: [
    "aws:rds/instance:Instance", "aws:rds/cluster:Cluster", "aws:docdb/cluster:Cluster",
    "aws:neptune/cluster:Cluster", "aws:redshift/cluster:Cluster",
  ],
  check(r, ctx) {
    const p = r.props;
    const flag = r.type === "aws:redshift/cluster:Cluster" ? "encrypted" : "storageEncrypted";
    const keyProp = r.type === "aws:neptune/cluster:Cluster" ? "kmsKeyArn" : "kmsKeyId";
    const out: Violation[] = [];
    if (bool(p[flag]) !== true) out.push(violation(`\`${flag}\` = ${shown(p[flag]).fr} : base non chiffrée`, `\`${flag}\` = ${shown(p[flag]).en}: database not encrypted`));
    else out.push(...cmkViolations(keyProp, p[keyProp], ctx.profile));
    return out;
  },
};
