import { unverified } from "../../../core/unknown";
import type { ResourceRule, Violation } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { isOpenSource } from "../../../core/network";
import { inboundRules, NSG_TYPES } from "./nsg";

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-nsg-no-open-admin-ports",
  clauses: ["O-5.3"],
  severity: "critical",
  basis: { kind: "clause", text: "filtrage IP pour les solutions en mode SaaS" },
  family: "D",
  scope: "core",
  description: {
    fr: "Aucune règle NSG entrante n'ouvre un port d'administration à tout Internet",
    en: "No inbound NSG rule opens an administration port to the whole internet",
  },
  remediation: {
    fr: "Restreindre `sourceAddressPrefix(es)` aux plages d'administration du profil (`adminCidrs`) ou passer par Azure Bastion / un VPN",
    en: "Restrict `sourceAddressPrefix(es)` to the profile's administration ranges (`adminCidrs`) or use Azure Bastion / a VPN",
  },
  types: NSG_TYPES,
  check(r, ctx) {
    const out: Violation[] = [];
    for (const x of inboundRules(r.type, r.props, ctx.profile.adminPorts)) {
      if ("unknown" in x) { out.push(unverified(x.label)); continue; }
      if (x.adminPorts !== null && x.adminPorts.length === 0) continue;
      if (x.sources === null || x.adminPorts === null) { out.push(unverified(x.label)); continue; }
      const open = x.sources.filter(isOpenSource);
      if (open.length) {
        out.push(violation(
          `${x.label} : entrée autorisée depuis ${open.join(", ")} vers les ports d'administration ${x.adminPorts.join(", ")}`,
          `${x.label}: inbound allowed from ${open.join(", ")} to administration ports ${x.adminPorts.join(", ")}`));
      }
    }
    return out;
  },
};
