import type { ResourceRule, Violation } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { bags, get, isBag } from "../../../core/props";
import { isUnknown, unverified } from "../../../core/unknown";
import { secretReason } from "../lib/secrets";

/** [label, name, value] of every app setting and connection string the resource declares. */
function entries(type: string, props: Record<string, unknown>): Array<[string, string, unknown]> {
  const out: Array<[string, string, unknown]> = [];
  if (type.endsWith(":WebApp") || type.endsWith(":WebAppSlot")) {
    bags(get(props, "siteConfig.appSettings")).forEach((s, i) => out.push([`siteConfig.appSettings[${i}]`, String(s.name ?? ""), s.value]));
    bags(get(props, "siteConfig.connectionStrings")).forEach((s, i) => out.push([`siteConfig.connectionStrings[${i}]`, String(s.name ?? ""), s.connectionString]));
  } else if (isBag(props.properties)) {
    const conn = type.includes("ConnectionStrings");
    for (const [k, v] of Object.entries(props.properties)) out.push([`properties["${k}"]`, k, conn ? get(v, "value") : v]);
  }
  return out;
}

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-webapp-no-secrets-in-config",
  clauses: ["O-8.2"],
  severity: "high",
  basis: { kind: "clause", text: "Les données utiles à l'authentification doivent être chiffrées lors de leur communication et de leur stockage" },
  family: "H",
  scope: "core",
  description: {
    fr: "Les paramètres d'application et chaînes de connexion App Service ne contiennent aucun secret en clair (références Key Vault attendues)",
    en: "App Service app settings and connection strings hold no plaintext secret (Key Vault references expected)",
  },
  remediation: {
    fr: "Stocker le secret dans Key Vault et référencer `@Microsoft.KeyVault(SecretUri=…)`, ou utiliser une identité managée (sans mot de passe)",
    en: "Store the secret in Key Vault and reference `@Microsoft.KeyVault(SecretUri=…)`, or use a managed identity (no password)",
  },
  types: [
    "azure-native:web:WebApp", "azure-native:web:WebAppSlot",
    "azure-native:web:WebAppApplicationSettings", "azure-native:web:WebAppApplicationSettingsSlot",
    "azure-native:web:WebAppConnectionStrings", "azure-native:web:WebAppConnectionStringsSlot",
  ],
  check(r) {
    const out: Violation[] = [];
    // A whole settings list computed at preview may hide anything: say so.
    for (const p of ["siteConfig.appSettings", "siteConfig.connectionStrings", "properties"]) {
      if (isUnknown(get(r.props, p))) out.push(unverified(p));
    }
    for (const [label, name, value] of entries(r.type, r.props)) {
      const why = secretReason(name, value);
      if (why) out.push(violation(`${label} \`${name}\` ressemble à un secret en clair (${why}) : valeur non affichée`, `${label} \`${name}\` looks like a plaintext secret (${why}): value not shown`));
    }
    return out;
  },
};
