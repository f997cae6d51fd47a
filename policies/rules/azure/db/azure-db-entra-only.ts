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
    fr: "Les serveurs de base de données ne reçoivent pas de mot de passe d'administrateur local dans le code d'infrastructure (authentification Entra ID)",
    en: "Database servers get no local administrator password in infrastructure code (Entra ID authentication)",
  },
  remediation: {
    fr: "Retirer `administratorLoginPassword` et configurer un administrateur Entra ID (`administrators` pour SQL, `authConfig` + `dbforpostgresql:AdministratorsMicrosoftEntra`, `dbformysql:AzureADAdministrator`)",
    en: "Remove `administratorLoginPassword` and configure an Entra ID administrator (`administrators` for SQL, `authConfig` + `dbforpostgresql:AdministratorsMicrosoftEntra`, `dbformysql:AzureADAdministrator`)",
  },
  types: ["azure-native:sql:Server", "azure-native:sql:ManagedInstance", "azure-native:dbforpostgresql:Server", "azure-native:dbformysql:Server"],
  check(r) {
    // Set, unknown (a generated password) or secret: all mean a password exists; its value is never printed.
    if (r.props.administratorLoginPassword === undefined || r.props.administratorLoginPassword === "") return [];
    return [violation(
      "`administratorLoginPassword` est renseigné : compte administrateur local à mot de passe (valeur non affichée)",
      "`administratorLoginPassword` is set: local administrator account with a password (value not shown)")];
  },
};
