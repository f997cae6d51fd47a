import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { bool, eqi, get, isBag } from "../../../core/props";
import { isUnknown, unverified } from "../../../core/unknown";

const VMSS = "azure-native:compute:VirtualMachineScaleSet";

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-vm-ssh-key-only",
  clauses: ["O-5.2", "O-8.2"],
  // Good practice in support of O-5.2/O-8.2 (ANSSI: key-based SSH): the clausier itself does not
  // forbid a hashed admin password on a VM. Advisory unless the profile raises it.
  severity: "low",
  family: "H",
  scope: "core",
  basis: { kind: "practice" },
  description: {
    fr: "Les machines virtuelles Linux n'acceptent la connexion SSH que par clé (authentification par mot de passe désactivée)",
    en: "Linux virtual machines accept SSH logins by key only (password authentication disabled)",
  },
  remediation: {
    fr: "`osProfile.linuxConfiguration.disablePasswordAuthentication: true` avec `ssh.publicKeys`, sans `adminPassword` ; mieux : connexion Entra ID (extension AADSSHLoginForLinux) via Azure Bastion",
    en: "`osProfile.linuxConfiguration.disablePasswordAuthentication: true` with `ssh.publicKeys`, no `adminPassword`; better: Entra ID login (AADSSHLoginForLinux extension) through Azure Bastion",
  },
  types: ["azure-native:compute:VirtualMachine", VMSS],
  check(r) {
    const base = r.type === VMSS ? "virtualMachineProfile.osProfile" : "osProfile";
    const os = get(r.props, base);
    if (isUnknown(os)) return [unverified(base)];
    if (!isBag(os)) return [];
    const osType = get(r.props, r.type === VMSS ? "virtualMachineProfile.storageProfile.osDisk.osType" : "storageProfile.osDisk.osType");
    const linux = os.linuxConfiguration !== undefined || eqi(osType, "Linux");
    if (!linux) return [];
    const flag = get(os, "linuxConfiguration.disablePasswordAuthentication");
    if (isUnknown(flag)) return [unverified(`${base}.linuxConfiguration.disablePasswordAuthentication`)];
    if (bool(flag) === true) return [];
    // Absent flag without a password: Azure requires keys then; with a password, password login is on.
    if (bool(flag) === false || os.adminPassword !== undefined) {
      return [violation(`\`${base}.linuxConfiguration.disablePasswordAuthentication\` ≠ true${os.adminPassword !== undefined ? " et `adminPassword` défini" : ""} : connexion SSH par mot de passe possible`,
        `\`${base}.linuxConfiguration.disablePasswordAuthentication\` ≠ true${os.adminPassword !== undefined ? " and `adminPassword` set" : ""}: SSH password login possible`)];
    }
    return [];
  },
};
