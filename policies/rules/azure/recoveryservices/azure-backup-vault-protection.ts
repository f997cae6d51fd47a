import { get, str } from "../../../core/props";
import { violation, type ResourceRule } from "../../../core/rule";
import { isUnknown, unverified } from "../../../core/unknown";

/** Soft-delete state path and accepted values; absent keeps the service default (on). */
const SOFT_DELETE: Record<string, [string, string[]]> = {
  "azure-native:recoveryservices:Vault": ["properties.securitySettings.softDeleteSettings.softDeleteState", ["enabled", "alwayson"]],
  "azure-native:dataprotection:BackupVault": ["properties.securitySettings.softDeleteSettings.state", ["on", "alwayson"]],
};

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-backup-vault-protection",
  clauses: ["O-12.3.8"],
  severity: "high",
  basis: { kind: "practice" },
  family: "G",
  scope: "saas",
  description: {
    fr: "Les coffres de sauvegarde Azure gardent la suppression réversible (soft delete)",
    en: "Azure backup vaults keep soft delete on",
  },
  remediation: {
    fr: "Ne pas désactiver softDeleteSettings (Enabled / AlwaysON ; On / AlwaysOn pour Data Protection)",
    en: "Do not turn softDeleteSettings off (Enabled / AlwaysON; On / AlwaysOn for Data Protection)",
  },
  types: Object.keys(SOFT_DELETE),
  check(r) {
    const [path, ok] = SOFT_DELETE[r.type];
    const v = get(r.props, path);
    if (isUnknown(v)) return [unverified(path)];
    if (v === undefined) return [];
    return ok.includes((str(v) ?? "").toLowerCase()) ? [] : [violation(`suppression réversible désactivée (${String(v)})`, `soft delete off (${String(v)})`)];
  },
};
