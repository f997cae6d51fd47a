import type { ResourceRule, Violation } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { arr, bags, bool, eqi, get } from "../../../core/props";
import { isOpenSource } from "../../../core/network";
import { isUnknown, unverified } from "../../../core/unknown";
import { shown } from "../lib/messages";
import { providerDefault } from "../../../core/provider-defaults";

/** Network filtering is good practice; only anonymous data access is the clause (O-12.3.12). */
const practice = (v: Violation): Violation => ({ ...v, basis: { kind: "practice" } });

interface Exposure { pna: string; action?: string; ipRules?: string; ipField?: string }

/** Where each PaaS type keeps its public-access switch, default network action and IP rules. */
const PATHS: Record<string, Exposure> = {
  "azure-native:storage:StorageAccount": { pna: "publicNetworkAccess", action: "networkRuleSet.defaultAction", ipRules: "networkRuleSet.ipRules", ipField: "iPAddressOrRange" },
  "azure-native:keyvault:Vault": { pna: "properties.publicNetworkAccess", action: "properties.networkAcls.defaultAction", ipRules: "properties.networkAcls.ipRules", ipField: "value" },
  "azure-native:cognitiveservices:Account": { pna: "properties.publicNetworkAccess", action: "properties.networkAcls.defaultAction", ipRules: "properties.networkAcls.ipRules", ipField: "value" },
  "azure-native:cosmosdb:DatabaseAccount": { pna: "publicNetworkAccess", ipRules: "ipRules", ipField: "ipAddressOrRange" },
  "azure-native:redis:Redis": { pna: "publicNetworkAccess" },
};

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-paas-network-default-deny",
  clauses: ["O-12.3.12"],
  severity: "high",
  basis: { kind: "clause", text: "garantir un accès aux données aux seules personnes habilitées" },
  family: "D",
  scope: "saas",
  description: {
    fr: "Les services PaaS de données (stockage, Key Vault, Cognitive Services, Cosmos DB, Redis) refusent par défaut le trafic réseau public et n'exposent aucun blob anonyme",
    en: "PaaS data services (storage, Key Vault, Cognitive Services, Cosmos DB, Redis) deny public network traffic by default and expose no anonymous blob",
  },
  remediation: {
    fr: "Fixer l'action réseau par défaut à \"Deny\" (avec des règles IP/VNet explicites) ou `publicNetworkAccess: \"Disabled\"` ; stockage : `allowBlobPublicAccess: false`",
    en: "Set the default network action to \"Deny\" (with explicit IP/VNet rules) or `publicNetworkAccess: \"Disabled\"`; storage: `allowBlobPublicAccess: false`",
  },
  types: Object.keys(PATHS),
  check(r) {
    const p = PATHS[r.type];
    const out: Violation[] = [];
    if (r.type === "azure-native:storage:StorageAccount") {
      const blob = r.props.allowBlobPublicAccess;
      if (isUnknown(blob)) out.push(unverified("allowBlobPublicAccess"));
      else if (bool(blob ?? providerDefault("azure.storage.allowBlobPublicAccess")) !== false) out.push(violation(`\`allowBlobPublicAccess\` = ${shown(blob)} : des conteneurs peuvent être rendus publics`, `\`allowBlobPublicAccess\` = ${shown(blob)}: containers can be made public`));
    }
    const pna = get(r.props, p.pna);
    if (eqi(pna, "Disabled")) return out;
    const action = p.action ? get(r.props, p.action) : undefined;
    const ips = p.ipRules ? get(r.props, p.ipRules) : undefined;
    if (isUnknown(pna) || isUnknown(action) || isUnknown(ips)) {
      out.push(unverified(p.action ?? p.pna));
      return out;
    }
    const open = bags(ips).map((x) => x[p.ipField ?? ""]).filter((v): v is string => typeof v === "string" && isOpenSource(v));
    if (open.length) out.push(practice(violation(`\`${p.ipRules}\` autorise ${open.join(", ")} : ouvert à tout Internet`, `\`${p.ipRules}\` allows ${open.join(", ")}: open to the whole internet`)));
    if (p.action) {
      if (!eqi(action, "Deny")) out.push(practice(violation(`\`${p.action}\` = ${shown(action)} et \`${p.pna}\` = ${shown(pna)} : trafic public accepté par défaut`, `\`${p.action}\` = ${shown(action)} and \`${p.pna}\` = ${shown(pna)}: public traffic accepted by default`)));
    } else if (r.type === "azure-native:cosmosdb:DatabaseAccount") {
      // Cosmos DB: public access without IP rules nor VNet filter accepts every address.
      if (!arr(ips).length && bool(r.props.isVirtualNetworkFilterEnabled) !== true) out.push(practice(violation(`\`publicNetworkAccess\` = ${shown(pna)} sans \`ipRules\` ni filtre VNet : ouvert à tout Internet`, `\`publicNetworkAccess\` = ${shown(pna)} without \`ipRules\` nor VNet filter: open to the whole internet`)));
    } else if (typeof r.props.subnetId !== "string") {
      // Redis: outside a VNet, only separate firewall rules could restrict a public cache.
      out.push(practice(violation(`\`publicNetworkAccess\` = ${shown(pna)} hors VNet : cache joignable depuis Internet`, `\`publicNetworkAccess\` = ${shown(pna)} outside a VNet: cache reachable from the internet`)));
    }
    return out;
  },
};
