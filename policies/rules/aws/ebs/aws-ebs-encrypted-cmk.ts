import type { ResourceRule, ResourceView } from "../../../core/rule";
import { isHealthData, outsideKeyScope } from "../../../core/health";
import { violation, type Violation } from "../../../core/rule";
import type { Profile } from "../../../core/profile";
import { bags, bool, get, isBag } from "../../../core/props";
import { cmkViolations } from "../lib/kms";

/** `encrypted` must be literally true: absent follows the account default, which the stack cannot see. */
function device(path: string, d: unknown, profile: Profile): Violation[] {
  if (bool(get(d, "encrypted")) !== true) {
    return [violation(`\`${path}.encrypted\` ≠ true : volume EBS non chiffré (ou selon le réglage du compte)`, `\`${path}.encrypted\` ≠ true: EBS volume not encrypted (or left to the account setting)`)];
  }
  return cmkViolations(`${path}.kmsKeyId`, get(d, "kmsKeyId"), profile);
}

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-ebs-encrypted-cmk",
  clauses: ["O-8.4"],
  severity: "high",
  basis: { kind: "clause", text: "établir la responsabilité de la gestion des clés de chiffrement" },
  family: "C",
  scope: "core",
  description: {
    fr: "Les volumes EBS (volumes, instances, modèles de lancement) sont chiffrés avec une clé KMS maîtrisée",
    en: "EBS volumes (volumes, instances, launch templates) are encrypted with a customer-managed KMS key",
  },
  remediation: {
    fr: "`encrypted: true` et `kmsKeyId` = une clé KMS de la pile ou autorisée ; laisser `aws.ebs.EncryptionByDefault` activé avec `aws.ebs.DefaultKmsKey` sur une CMK",
    en: "`encrypted: true` and `kmsKeyId` = a KMS key of the stack or an allowed one; keep `aws.ebs.EncryptionByDefault` on with `aws.ebs.DefaultKmsKey` set to a CMK",
  },
  unknownHandled: ["*.kmsKeyId"],
  types: [
    "aws:ebs/volume:Volume", "aws:ec2/instance:Instance", "aws:ec2/launchTemplate:LaunchTemplate",
    "aws:ebs/encryptionByDefault:EncryptionByDefault", "aws:ebs/defaultKmsKey:DefaultKmsKey",
  ],
  check(r, ctx) {
    const out = findings(r, ctx.profile);
    // A disk holds personal data only when the stack says so (classification tag).
    return isHealthData(r, ctx.profile) ? out : outsideKeyScope(out);
  },
};

function findings(r: ResourceView, profile: Profile): Violation[] {
  const p = r.props;
  switch (r.type) {
    case "aws:ebs/volume:Volume":
      if (bool(p.encrypted) !== true) return [violation("`encrypted` ≠ true : volume EBS non chiffré (ou selon le réglage du compte)", "`encrypted` ≠ true: EBS volume not encrypted (or left to the account setting)")];
      return cmkViolations("kmsKeyId", p.kmsKeyId, profile);
    case "aws:ec2/instance:Instance":
      return [
        ...(isBag(p.rootBlockDevice) ? device("rootBlockDevice", p.rootBlockDevice, profile) : [violation("`rootBlockDevice` absent : le volume racine suit le réglage du compte, chiffrement non prouvé", "`rootBlockDevice` is absent: the root volume follows the account setting, encryption not proven")]),
        ...bags(p.ebsBlockDevices).flatMap((d, i) => device(`ebsBlockDevices[${i}]`, d, profile)),
      ];
    case "aws:ec2/launchTemplate:LaunchTemplate":
      return bags(p.blockDeviceMappings).flatMap((m, i) => (isBag(m.ebs) ? device(`blockDeviceMappings[${i}].ebs`, m.ebs, profile) : []));
    case "aws:ebs/encryptionByDefault:EncryptionByDefault":
      return bool(p.enabled) === false ? [violation("`enabled` = false : chiffrement EBS par défaut désactivé pour la région", "`enabled` = false: EBS encryption by default is off for the region")] : [];
    default:
      return cmkViolations("keyArn", p.keyArn, profile);
  }
}
