import type { ResourceRule, ResourceView, Violation } from "../../../core/rule";
import type { Profile } from "../../../core/profile";
import { isHealthData, outsideKeyScope } from "../../../core/health";
import { violation } from "../../../core/rule";
import { arr, eqi, get } from "../../../core/props";
import { isUnknown, unverified } from "../../../core/unknown";
import { keyRefViolations } from "../lib/cmk";
import { shown } from "../lib/messages";

/** A disk encryption set id: present is enough here, the set's own key is checked on the DiskEncryptionSet. */
function desViolations(path: string, id: unknown): Violation[] {
  // Unknown during preview: the id of a disk encryption set created in the stack.
  if (isUnknown(id) || (typeof id === "string" && id.trim())) return [];
  return [violation(`\`${path}\` absent : disque chiffré par clé de plateforme, pas une CMK`, `\`${path}\` absent: disk encrypted with a platform key, not a CMK`)];
}

function managedDisk(path: string, md: unknown): Violation[] {
  if (isUnknown(md)) return [unverified(path)];
  // An attached existing disk (managedDisk.id) is checked as its own compute:Disk resource.
  if (typeof get(md, "id") === "string") return [];
  return desViolations(`${path}.diskEncryptionSet.id`, get(md, "diskEncryptionSet.id"));
}

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-disk-cmk",
  clauses: ["O-8.4"],
  severity: "high",
  basis: { kind: "clause", text: "établir la responsabilité de la gestion des clés de chiffrement" },
  family: "C",
  scope: "core",
  description: {
    fr: "Les disques managés (disques, disques de VM) sont chiffrés par un jeu de chiffrement de disque (DES) adossé à une clé gérée par le client autorisée",
    en: "Managed disks (disks, VM disks) are encrypted through a disk encryption set (DES) backed by an allowed customer-managed key",
  },
  remediation: {
    fr: "Référencer un `compute:DiskEncryptionSet` (`encryption.diskEncryptionSetId`, `managedDisk.diskEncryptionSet.id`) dont `activeKey.keyUrl` est dans un coffre autorisé",
    en: "Reference a `compute:DiskEncryptionSet` (`encryption.diskEncryptionSetId`, `managedDisk.diskEncryptionSet.id`) whose `activeKey.keyUrl` is in an allowed vault",
  },
  unknownHandled: ["*.diskEncryptionSetId", "*.diskEncryptionSet.id", "activeKey.keyUrl"],
  types: ["azure-native:compute:Disk", "azure-native:compute:VirtualMachine", "azure-native:compute:DiskEncryptionSet"],
  check(r, ctx) {
    const out = findings(r, ctx.profile);
    // A disk holds personal data only when the stack says so (classification tag).
    return isHealthData(r, ctx.profile) ? out : outsideKeyScope(out);
  },
};

function findings(r: ResourceView, profile: Profile): Violation[] {
  if (r.type === "azure-native:compute:DiskEncryptionSet") return keyRefViolations("activeKey.keyUrl", get(r.props, "activeKey.keyUrl"), profile);
  if (r.type === "azure-native:compute:Disk") {
    const type = get(r.props, "encryption.type");
    if (isUnknown(type)) return [unverified("encryption.type")];
    if (type === undefined || eqi(type, "EncryptionAtRestWithPlatformKey")) {
      return [violation(`\`encryption.type\` = ${shown(type)} : clé de plateforme (défaut), pas une CMK`, `\`encryption.type\` = ${shown(type)}: platform key (default), not a CMK`)];
    }
    return desViolations("encryption.diskEncryptionSetId", get(r.props, "encryption.diskEncryptionSetId"));
  }
  const out = managedDisk("storageProfile.osDisk.managedDisk", get(r.props, "storageProfile.osDisk.managedDisk"));
  const data = get(r.props, "storageProfile.dataDisks");
  if (isUnknown(data)) out.push(unverified("storageProfile.dataDisks"));
  else arr(data).forEach((d, i) => out.push(...managedDisk(`storageProfile.dataDisks[${i}].managedDisk`, get(d, "managedDisk"))));
  return out;
}

