import type { StackRule, StackResourceView, RuleContext, Violation } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { isHealthData, outsideKeyScope } from "../../../core/health";
import { eqi, get, str } from "../../../core/props";
import { isUnknown, unverified } from "../../../core/unknown";
import { keyRefViolations } from "../lib/cmk";
import { shown } from "../lib/messages";
import { depsOf, ofType, ref, refersTo } from "../../stack/lib/links";

const ACCOUNT = "azure-native:storage:StorageAccount";
const STATIC_WEBSITE = "azure-native:storage:StorageAccountStaticWebsite";

function keyViolations(sa: StackResourceView, ctx: RuleContext): Violation[] {
  const src = get(sa.props, "encryption.keySource");
  if (isUnknown(src)) return [unverified("encryption.keySource", ref(sa))];
  if (!eqi(src, "Microsoft.Keyvault")) {
    return [violation(`\`encryption.keySource\` = ${shown(src)} : clé gérée par Microsoft (Microsoft.Storage par défaut), pas une CMK`, `\`encryption.keySource\` = ${shown(src)}: Microsoft-managed key (Microsoft.Storage by default), not a CMK`, ref(sa))];
  }
  // An unknown vault URI is a vault of the stack being created (keyRefStatus accepts it).
  return keyRefViolations("encryption.keyVaultProperties.keyVaultUri", get(sa.props, "encryption.keyVaultProperties.keyVaultUri"), ctx.profile)
    .map((v) => ({ ...v, resource: ref(sa) }));
}

/** The account publishes a static website: its `$web` content is public by design, not a store of personal data. */
function servesStaticWebsite(sa: StackResourceView, sites: StackResourceView[]): boolean {
  return sites.some((w) => refersTo(w, "accountName", sa, [str(get(sa.props, "accountName")), sa.name]));
}

const CODE_CHILDREN = new Set(["azure-native:storage:BlobContainer", "azure-native:storage:Blob"]);
const WEB_APP = "azure-native:web:WebApp";

function settingNames(app: StackResourceView): string[] {
  const settings = get(app.props, "siteConfig.appSettings");
  return Array.isArray(settings) ? settings.map((s) => str(get(s, "name")) ?? "") : [];
}

/**
 * The account only holds an app's deployment package: its children are containers and blobs
 * uploaded from the program (`source`), and every app that reads it does so through
 * WEBSITE_RUN_FROM_PACKAGE, none as its Functions host storage (AzureWebJobsStorage keeps keys,
 * queues and orchestration state).
 */
function holdsOnlyCodePackages(sa: StackResourceView, resources: StackResourceView[]): boolean {
  const literals = [str(get(sa.props, "accountName")), sa.name];
  const children = resources.filter((r) => r.urn !== sa.urn && refersTo(r, "accountName", sa, literals));
  if (!children.length || children.some((c) => !CODE_CHILDREN.has(c.type))) return false;
  if (children.some((c) => c.type === "azure-native:storage:Blob" && c.props.source === undefined)) return false;
  const readers = ofType(resources, [WEB_APP]).filter((app) => depsOf(app, "siteConfig").includes(sa.urn));
  return readers.length > 0 && readers.every((app) => {
    const names = settingNames(app);
    return names.includes("WEBSITE_RUN_FROM_PACKAGE") && !names.includes("AzureWebJobsStorage");
  });
}

export const rule: StackRule = {
  kind: "stack",
  name: "azure-storage-cmk",
  clauses: ["O-8.4"],
  severity: "high",
  basis: { kind: "clause", text: "établir la responsabilité de la gestion des clés de chiffrement" },
  family: "C",
  scope: "core",
  description: {
    fr: "Les comptes de stockage sont chiffrés avec une clé gérée par le client dans un coffre Key Vault autorisé (un compte qui ne publie qu'un site web statique, public, ou ne porte que le paquet de déploiement d'une application relève de `keys.scope: all`)",
    en: "Storage accounts are encrypted with a customer-managed key in an allowed Key Vault (an account that only publishes a public static website, or only holds an app's deployment package, falls under `keys.scope: all`)",
  },
  remediation: {
    fr: "Fixer `encryption.keySource: \"Microsoft.Keyvault\"` et `encryption.keyVaultProperties.{keyVaultUri,keyName}` vers un coffre de `keys.azureKeyVaultUris`",
    en: "Set `encryption.keySource: \"Microsoft.Keyvault\"` and `encryption.keyVaultProperties.{keyVaultUri,keyName}` to a vault of `keys.azureKeyVaultUris`",
  },
  check(resources, ctx) {
    const sites = ofType(resources, [STATIC_WEBSITE]);
    return ofType(resources, [ACCOUNT]).flatMap((sa) => {
      const out = keyViolations(sa, ctx);
      if (!out.length || isHealthData(sa, ctx.profile)) return out;
      const why = servesStaticWebsite(sa, sites)
        ? { fr: "compte d'un site web statique : contenu public", en: "static website account: public content" }
        : holdsOnlyCodePackages(sa, resources)
          ? { fr: "compte du seul paquet de déploiement d'une application : du code, pas des données", en: "holds only an app's deployment package: code, not data" }
          : undefined;
      if (!why) return out;
      return outsideKeyScope(out.map((v) => ({ ...v, message: { fr: `${v.message.fr} (${why.fr})`, en: `${v.message.en} (${why.en})` } })));
    });
  },
};
