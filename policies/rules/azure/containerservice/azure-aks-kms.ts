import type { ResourceRule, Violation } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { bool, get } from "../../../core/props";
import { isUnknown, unverified } from "../../../core/unknown";
import { keyRefViolations } from "../lib/cmk";
import { shown } from "../lib/messages";

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-aks-kms",
  clauses: ["O-8.4"],
  severity: "high",
  basis: { kind: "profile", key: "keys.scope" },
  family: "C",
  scope: "core",
  description: {
    fr: "Les clusters AKS chiffrent etcd (secrets Kubernetes) avec une clé KMS Key Vault autorisée et leurs disques avec un jeu de chiffrement de disque",
    en: "AKS clusters encrypt etcd (Kubernetes secrets) with an allowed Key Vault KMS key and their disks with a disk encryption set",
  },
  remediation: {
    fr: "Fixer `securityProfile.azureKeyVaultKms.{enabled: true, keyId}` vers un coffre autorisé et `diskEncryptionSetID`",
    en: "Set `securityProfile.azureKeyVaultKms.{enabled: true, keyId}` to an allowed vault, and `diskEncryptionSetID`",
  },
  unknownHandled: ["diskEncryptionSetID", "securityProfile.azureKeyVaultKms.keyId"],
  types: ["azure-native:containerservice:ManagedCluster"],
  check(r, ctx) {
    const out: Violation[] = [];
    const enabled = get(r.props, "securityProfile.azureKeyVaultKms.enabled");
    if (isUnknown(enabled)) out.push(unverified("securityProfile.azureKeyVaultKms.enabled"));
    else if (bool(enabled) !== true) out.push(violation(`\`securityProfile.azureKeyVaultKms.enabled\` = ${shown(enabled)} : secrets etcd sans CMK`, `\`securityProfile.azureKeyVaultKms.enabled\` = ${shown(enabled)}: etcd secrets without a CMK`));
    else out.push(...keyRefViolations("securityProfile.azureKeyVaultKms.keyId", get(r.props, "securityProfile.azureKeyVaultKms.keyId"), ctx.profile));
    const des = r.props.diskEncryptionSetID;
    // Unknown during preview: the id of a disk encryption set created in the stack.
    if (!isUnknown(des) && !(typeof des === "string" && des.trim())) {
      out.push(violation("`diskEncryptionSetID` absent : disques des nœuds chiffrés par clé de plateforme", "`diskEncryptionSetID` absent: node disks encrypted with a platform key"));
    }
    return out;
  },
};
