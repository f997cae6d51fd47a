import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { bool, eqi, get } from "../../../core/props";
import { isUnknown, unverified } from "../../../core/unknown";
import { shown } from "../lib/messages";

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-db-entra-only-auth",
  clauses: ["O-12.3.6"],
  severity: "medium",
  basis: { kind: "practice" },
  family: "H",
  scope: "saas",
  description: {
    fr: "Les serveurs SQL et PostgreSQL n'acceptent que l'authentification Entra ID (pas de connexion par mot de passe local)",
    en: "SQL and PostgreSQL servers accept Entra ID authentication only (no local password login)",
  },
  remediation: {
    fr: "SQL : `administrators.azureADOnlyAuthentication: true` ; PostgreSQL : `authConfig.passwordAuth: \"Disabled\"` et `authConfig.activeDirectoryAuth: \"Enabled\"`",
    en: "SQL: `administrators.azureADOnlyAuthentication: true`; PostgreSQL: `authConfig.passwordAuth: \"Disabled\"` and `authConfig.activeDirectoryAuth: \"Enabled\"`",
  },
  // MySQL flexible servers switch to Entra-only through the `aad_auth_only` server parameter (a stack concern).
  types: ["azure-native:sql:Server", "azure-native:sql:ManagedInstance", "azure-native:dbforpostgresql:Server"],
  check(r) {
    if (r.type !== "azure-native:dbforpostgresql:Server") {
      const v = get(r.props, "administrators.azureADOnlyAuthentication");
      if (isUnknown(v)) return [unverified("administrators.azureADOnlyAuthentication")];
      if (bool(v) === true) return [];
      return [violation(`\`administrators.azureADOnlyAuthentication\` = ${shown(v)} : connexions SQL par mot de passe acceptées`, `\`administrators.azureADOnlyAuthentication\` = ${shown(v)}: SQL password logins accepted`)];
    }
    const pw = get(r.props, "authConfig.passwordAuth");
    if (isUnknown(pw)) return [unverified("authConfig.passwordAuth")];
    // Absent means Enabled (API default).
    if (eqi(pw, "Disabled")) return [];
    return [violation(`\`authConfig.passwordAuth\` = ${shown(pw)} : connexions PostgreSQL par mot de passe acceptées (Enabled par défaut)`, `\`authConfig.passwordAuth\` = ${shown(pw)}: PostgreSQL password logins accepted (Enabled by default)`)];
  },
};
