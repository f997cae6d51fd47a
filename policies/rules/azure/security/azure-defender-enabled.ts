import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { eqi } from "../../../core/props";

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-defender-enabled",
  clauses: ["O-7.1"],
  severity: "low",
  basis: { kind: "practice" },
  family: "K",
  scope: "core",
  description: {
    fr: "Les plans Microsoft Defender for Cloud déclarés sont actifs (détection des menaces, équivalent antivirus/EDR pour le PaaS/IaaS)",
    en: "Declared Microsoft Defender for Cloud plans are on (threat detection, the antivirus/EDR equivalent for PaaS/IaaS)",
  },
  remediation: {
    fr: "Fixer `pricingTier: \"Standard\"` sur les plans Defender (VirtualMachines, SqlServers, StorageAccounts, KeyVaults, Containers…)",
    en: "Set `pricingTier: \"Standard\"` on the Defender plans (VirtualMachines, SqlServers, StorageAccounts, KeyVaults, Containers…)",
  },
  types: ["azure-native:security:Pricing"],
  check(r) {
    // Advisory: an unknown tier is left to `pulumi up`.
    if (!eqi(r.props.pricingTier, "Free")) return [];
    const plan = typeof r.props.pricingName === "string" ? r.props.pricingName : r.name;
    return [violation(`plan Defender ${plan} : \`pricingTier\` = "Free", pas de détection des menaces`, `Defender plan ${plan}: \`pricingTier\` = "Free", no threat detection`)];
  },
};
