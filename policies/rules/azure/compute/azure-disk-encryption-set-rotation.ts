import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { bool } from "../../../core/props";
import { shown } from "../lib/messages";

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-disk-encryption-set-rotation",
  clauses: ["O-8.4"],
  severity: "low",
  basis: { kind: "practice" },
  family: "C",
  scope: "core",
  description: {
    fr: "Les jeux de chiffrement de disque suivent automatiquement la dernière version de leur clé",
    en: "Disk encryption sets follow the latest version of their key automatically",
  },
  remediation: {
    fr: "Fixer `rotationToLatestKeyVersionEnabled: true` (et une politique de rotation sur la clé)",
    en: "Set `rotationToLatestKeyVersionEnabled: true` (and a rotation policy on the key)",
  },
  types: ["azure-native:compute:DiskEncryptionSet"],
  check(r) {
    const v = r.props.rotationToLatestKeyVersionEnabled;
    if (bool(v) === true) return [];
    return [violation(`\`rotationToLatestKeyVersionEnabled\` = ${shown(v)} : la rotation de clé n'est pas suivie`, `\`rotationToLatestKeyVersionEnabled\` = ${shown(v)}: key rotation is not followed`)];
  },
};
