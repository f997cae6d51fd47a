import type { ResourceRule, Violation } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { bool, get } from "../../../core/props";
import { isUnknown, unverified } from "../../../core/unknown";
import { shown } from "../lib/messages";

/** [path, value that turns key/local auth off]. */
const SWITCHES: Record<string, Array<[string, boolean]>> = {
  "azure-native:storage:StorageAccount": [["allowSharedKeyAccess", false]],
  "azure-native:cosmosdb:DatabaseAccount": [["disableLocalAuth", true]],
  "azure-native:redis:Redis": [["disableAccessKeyAuthentication", true]],
  "azure-native:cognitiveservices:Account": [["properties.disableLocalAuth", true]],
  "azure-native:search:Service": [["disableLocalAuth", true]],
  "azure-native:containerservice:ManagedCluster": [["disableLocalAccounts", true], ["aadProfile.managed", true], ["aadProfile.enableAzureRBAC", true]],
};

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-disable-local-auth",
  clauses: ["O-5.1", "O-12.3.12"],
  severity: "medium",
  basis: { kind: "practice" },
  family: "H",
  scope: "core",
  description: {
    fr: "Les clés d'accès partagées et comptes locaux sont désactivés au profit d'Entra ID (traçabilité nominative)",
    en: "Shared access keys and local accounts are disabled in favour of Entra ID (per-user traceability)",
  },
  remediation: {
    fr: "Stockage : `allowSharedKeyAccess: false` ; Cosmos DB, Search : `disableLocalAuth: true` ; Redis : `disableAccessKeyAuthentication: true` ; Cognitive Services : `properties.disableLocalAuth: true` ; AKS : `disableLocalAccounts: true`, `aadProfile.{managed, enableAzureRBAC}: true`",
    en: "Storage: `allowSharedKeyAccess: false`; Cosmos DB, Search: `disableLocalAuth: true`; Redis: `disableAccessKeyAuthentication: true`; Cognitive Services: `properties.disableLocalAuth: true`; AKS: `disableLocalAccounts: true`, `aadProfile.{managed, enableAzureRBAC}: true`",
  },
  types: Object.keys(SWITCHES),
  check(r) {
    const out: Violation[] = [];
    // Every switch defaults to local/key auth enabled when absent.
    for (const [path, want] of SWITCHES[r.type] ?? []) {
      const v = get(r.props, path);
      if (isUnknown(v)) out.push(unverified(path));
      else if (bool(v) !== want) out.push(violation(`\`${path}\` = ${shown(v)} : authentification par clé/compte local active (attendu ${want})`, `\`${path}\` = ${shown(v)}: key/local-account authentication on (expected ${want})`));
    }
    return out;
  },
};
