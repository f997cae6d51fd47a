import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { bool } from "../../../core/props";
import { cmkViolations } from "../lib/kms";
import { shown } from "../lib/show";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-efs-encrypted-cmk",
  clauses: ["O-8.4"],
  severity: "high",
  basis: { kind: "clause", text: "établir la responsabilité de la gestion des clés de chiffrement" },
  family: "C",
  scope: "core",
  description: {
    fr: "Les systèmes de fichiers EFS sont chiffrés avec une clé KMS maîtrisée",
    en: "EFS file systems are encrypted with a customer-managed KMS key",
  },
  remediation: {
    fr: "`encrypted: true` et `kmsKeyId` = une clé KMS de la pile ou autorisée",
    en: "`encrypted: true` and `kmsKeyId` = a KMS key of the stack or an allowed one",
  },
  types: ["aws:efs/fileSystem:FileSystem"],
  check(r, ctx) {
    if (bool(r.props.encrypted) !== true) return [violation(`\`encrypted\` = ${shown(r.props.encrypted).fr} : système de fichiers non chiffré`, `\`encrypted\` = ${shown(r.props.encrypted).en}: file system not encrypted`)];
    return cmkViolations("kmsKeyId", r.props.kmsKeyId, ctx.profile);
  },
};
