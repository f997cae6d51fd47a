import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-db-entra-only",
  clauses: ["O-12.3.6"],
  severity: "high",
  basis: { kind: "clause", text: "Les mots de passe ne doivent pas être stockés en clair dans le logiciel ou la base de données" },
  family: "H",
  scope: "saas",
  description: {
    fr: "Les serveurs de base de données ne reçoivent pas de mot de passe d'administrateur local en clair (au moins un secret Pulumi, mieux l'authentification Entra ID)",
    en: "Database servers get no local administrator password in clear (a Pulumi secret at least, better Entra ID authentication)",
  },
  remediation: {
    fr: "Retirer `administratorLoginPassword` et configurer un administrateur Entra ID (`administrators` pour SQL, `authConfig` + `dbforpostgresql:AdministratorsMicrosoftEntra`, `dbformysql:AzureADAdministrator`)",
    en: "Remove `administratorLoginPassword` and configure an Entra ID administrator (`administrators` for SQL, `authConfig` + `dbforpostgresql:AdministratorsMicrosoftEntra`, `dbformysql:AzureADAdministrator`)",
  },
  types: ["azure-native:sql:Server", "azure-native:sql:ManagedInstance", "azure-native:dbforpostgresql:Server", "azure-native:dbformysql:Server"],
  // Only whether a password is set matters, and an unknown (generated) one is still set.
  unknownHandled: ["administratorLoginPassword"],
  check(r) {
    if (r.props.administratorLoginPassword === undefined || r.props.administratorLoginPassword === "") return [];
    // A Pulumi secret (config secret, random password) is encrypted in the state, not stored in
    // clear; a local administrator is then a weaker choice than Entra ID, not a breach of the clause.
    if (r.secrets?.includes("administratorLoginPassword")) {
      return [{
        ...violation(
          "`administratorLoginPassword` est un secret Pulumi (chiffré dans l'état) : préférer un administrateur Entra ID",
          "`administratorLoginPassword` is a Pulumi secret (encrypted in the state): prefer an Entra ID administrator"),
        basis: { kind: "practice" },
      }];
    }
    return [violation(
      "`administratorLoginPassword` est renseigné en clair : compte administrateur local à mot de passe, stocké tel quel dans l'état (valeur non affichée)",
      "`administratorLoginPassword` is set in clear: a local administrator account with a password, stored as is in the state (value not shown)")];
  },
};
