// Health-data scope (O-12.3.3): which Azure types hold data, and whether a resource is tagged as
// holding health data through the profile's classification tag.
import type { ResourceView, RuleContext } from "../../../core/rule";
import { isUnknown } from "../../../core/unknown";

/** Stateful Azure types the HDS rules check (family A, docs/clauses.md). */
export const AZURE_STATEFUL_TYPES = [
  "azure-native:storage:StorageAccount",
  "azure-native:sql:Server",
  "azure-native:sql:Database",
  "azure-native:sql:ManagedInstance",
  "azure-native:dbforpostgresql:Server",
  "azure-native:dbformysql:Server",
  "azure-native:cosmosdb:DatabaseAccount",
  "azure-native:compute:Disk",
  "azure-native:recoveryservices:Vault",
  "azure-native:dataprotection:BackupVault",
  "azure-native:healthcareapis:Service",
  "azure-native:healthcareapis:Workspace",
  "azure-native:healthcareapis:FhirService",
  "azure-native:healthcareapis:DicomService",
];

export type Classification = { state: "unknown" } | { state: "absent" } | { state: "set"; value: string; health: boolean };

export function classification(r: ResourceView, ctx: RuleContext): Classification {
  const key = ctx.profile.tags.dataClassification;
  // The whole tag map, or this tag, computed at preview: the classification cannot be read yet.
  const raw = r.props.tags;
  if (isUnknown(raw) || (typeof raw === "object" && raw !== null && isUnknown((raw as Record<string, unknown>)[key]))) return { state: "unknown" };
  const value = r.tags[key];
  if (value === undefined || !value.trim()) return { state: "absent" };
  const health = ctx.profile.healthDataTagValues.some((h) => h.toLowerCase() === value.trim().toLowerCase());
  return { state: "set", value, health };
}

export function isHealthTagged(r: ResourceView, ctx: RuleContext): boolean {
  const c = classification(r, ctx);
  return c.state === "set" && c.health;
}
