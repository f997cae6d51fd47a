import type { ResourceRule, Violation } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { cidrWithin, isOpenSource, isPrivateCidr } from "../../../core/network";
import { inboundRules, NSG_TYPES } from "./nsg";

/** Service tags that stay inside the customer's network. */
const INTERNAL_TAGS = ["virtualnetwork", "azureloadbalancer"];

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-nsg-admin-source-allowlist",
  clauses: ["O-5.3"],
  severity: "high",
  basis: { kind: "clause", text: "filtrage IP pour les solutions en mode SaaS" },
  family: "D",
  scope: "core",
  description: {
    fr: "Les ports d'administration ne sont ouverts qu'aux plages d'administration déclarées (filtrage IP)",
    en: "Administration ports are open only to the declared administration ranges (IP filtering)",
  },
  remediation: {
    fr: "Limiter les sources des règles vers les ports d'administration à `adminCidrs` ∪ `vendorMaintenanceCidrs`, aux étiquettes VirtualNetwork/AzureLoadBalancer ou à des groupes de sécurité d'application",
    en: "Limit the sources of rules to administration ports to `adminCidrs` ∪ `vendorMaintenanceCidrs`, the VirtualNetwork/AzureLoadBalancer tags or application security groups",
  },
  unknownHandled: ["*.sourceAddressPrefix", "*.sourceAddressPrefixes"],
  types: NSG_TYPES,
  check(r, ctx) {
    const allowed = [...ctx.profile.adminCidrs, ...ctx.profile.vendorMaintenanceCidrs];
    const out: Violation[] = [];
    for (const x of inboundRules(r.type, r.props, ctx.profile.adminPorts)) {
      // Unknown fields and open sources are reported by azure-nsg-no-open-admin-ports.
      if ("unknown" in x || x.sources === null || x.adminPorts === null || x.adminPorts.length === 0) continue;
      // Other service tags (AzureCloud, Storage…) match no CIDR of the allowlist and fail.
      // Internal ranges are filtered by the network itself: only public sources must be declared.
      const bad = x.sources.filter((s) => !isOpenSource(s) && !INTERNAL_TAGS.includes(s.trim().toLowerCase()) && !isPrivateCidr(s) && !cidrWithin(s, allowed));
      if (bad.length) {
        out.push(violation(
          `${x.label} : sources ${bad.join(", ")} vers les ports d'administration ${x.adminPorts.join(", ")} hors des plages d'administration déclarées`,
          `${x.label}: sources ${bad.join(", ")} to administration ports ${x.adminPorts.join(", ")} are outside the declared administration ranges`));
      }
    }
    return out;
  },
};
