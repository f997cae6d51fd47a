import type { ResourceRule } from "../../../core/rule";
import { keyRefViolations } from "../lib/cmk";

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-cosmos-cmk",
  clauses: ["O-8.4"],
  severity: "high",
  basis: { kind: "clause", text: "établir la responsabilité de la gestion des clés de chiffrement" },
  family: "C",
  scope: "core",
  description: {
    fr: "Les comptes Cosmos DB sont chiffrés avec une clé gérée par le client dans un coffre autorisé",
    en: "Cosmos DB accounts are encrypted with a customer-managed key in an allowed vault",
  },
  remediation: {
    fr: "Fixer `keyVaultKeyUri` vers une clé d'un coffre de `keys.azureKeyVaultUris`",
    en: "Set `keyVaultKeyUri` to a key in a vault of `keys.azureKeyVaultUris`",
  },
  unknownHandled: ["keyVaultKeyUri"],
  types: ["azure-native:cosmosdb:DatabaseAccount"],
  check(r, ctx) {
    return keyRefViolations("keyVaultKeyUri", r.props.keyVaultKeyUri, ctx.profile);
  },
};
