import { bags, str } from "../../core/props";
import { violation, type StackResourceView, type StackRule, type Violation } from "../../core/rule";
import { isUnknown, unverified } from "../../core/unknown";
import { depsOf, ref } from "./lib/links";

export const DIAG = "azure-native:monitor:DiagnosticSetting";
const COVERED = [
  "azure-native:keyvault:Vault", "azure-native:sql:Server", "azure-native:sql:Database", "azure-native:dbforpostgresql:Server",
  "azure-native:dbformysql:Server", "azure-native:storage:StorageAccount", "azure-native:web:WebApp",
  "azure-native:containerservice:ManagedCluster", "azure-native:cognitiveservices:Account", "azure-native:network:ApplicationGateway",
  "azure-native:apimanagement:ApiManagementService", "azure-native:cosmosdb:DatabaseAccount",
];
const DESTINATIONS = ["workspaceId", "storageAccountId", "eventHubAuthorizationRuleId", "marketplacePartnerId"];

/** The ARM name of a resource, from its `<x>Name` input (vaultName, serverName, accountName…). */
function armName(r: StackResourceView): string | undefined {
  const key = Object.keys(r.props).find((k) => k.endsWith("Name") && k !== "resourceGroupName" && typeof r.props[k] === "string");
  return key ? str(r.props[key]) : undefined;
}

/** Whether a setting targets the resource: dependency on it, or a literal id ending in its name. */
export function targets(setting: StackResourceView, r: StackResourceView): boolean {
  if (depsOf(setting, "resourceUri").includes(r.urn)) return true;
  const uri = str(setting.props.resourceUri)?.toLowerCase();
  const name = armName(r)?.toLowerCase();
  if (!uri || !name) return false;
  return uri.endsWith(`/${name}`) || uri.includes(`/${name}/blobservices/`);
}

export const rule: StackRule = {
  kind: "stack",
  name: "azure-diagnostic-settings-coverage",
  clauses: ["O-6.1", "O-12.3.13"],
  severity: "high",
  basis: { kind: "practice" },
  family: "F",
  scope: "core",
  description: {
    fr: "Les ressources Azure sensibles envoient leurs journaux d'audit (categoryGroup audit ou allLogs) vers une destination",
    en: "Sensitive Azure resources send their audit logs (categoryGroup audit or allLogs) to a destination",
  },
  remediation: {
    fr: "Déclarer un monitor.DiagnosticSetting (resourceUri = la ressource, ou …/blobServices/default pour un compte de stockage) avec logs [{ categoryGroup: \"audit\", enabled: true }] et workspaceId",
    en: "Declare a monitor.DiagnosticSetting (resourceUri = the resource, or …/blobServices/default for a storage account) with logs [{ categoryGroup: \"audit\", enabled: true }] and a workspaceId",
  },
  check(resources) {
    const settings = resources.filter((r) => r.type === DIAG);
    const out: Violation[] = [];
    for (const r of resources.filter((x) => COVERED.includes(x.type))) {
      const mine = settings.filter((s) => targets(s, r));
      const good = mine.filter((s) => DESTINATIONS.some((d) => s.props[d] !== undefined)
        && bags(s.props.logs).some((l) => ["audit", "alllogs"].includes((str(l.categoryGroup) ?? "").toLowerCase()) && l.enabled === true));
      if (good.length) continue;
      const unknown = mine.some((s) => isUnknown(s.props.logs) || bags(s.props.logs).some((l) => isUnknown(l.enabled) || isUnknown(l.categoryGroup)));
      out.push(unknown
        ? unverified("DiagnosticSetting.logs", ref(r))
        : mine.length
          ? violation(`${r.name} : paramètre de diagnostic sans journaux audit/allLogs actifs ou sans destination`, `${r.name}: diagnostic setting without enabled audit/allLogs logs or without a destination`, ref(r))
          : violation(`${r.name} sans paramètre de diagnostic (journaux d'audit non collectés)`, `${r.name} has no diagnostic setting (audit logs not collected)`, ref(r)));
    }
    return out;
  },
};
