import { unverified } from "../../../core/unknown";
import type { ResourceRule } from "../../../core/rule";
import { violation, type Violation } from "../../../core/rule";
import { cidrWithin, coveredAdminPorts, isOpenSource, isPrivateCidr } from "../../../core/network";
import { at, ingressRules, portText, SG_TYPES } from "../lib/ingress";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-sg-admin-source-allowlist",
  clauses: ["O-5.3"],
  severity: "high",
  basis: { kind: "clause", text: "filtrage IP pour les solutions en mode SaaS" },
  family: "D",
  scope: "core",
  description: {
    fr: "Les ports d'administration ne sont ouverts qu'aux plages d'administration et de télémaintenance déclarées",
    en: "Administration ports are open only to the declared administration and vendor-maintenance ranges",
  },
  remediation: {
    fr: "Déclarer la plage dans `adminCidrs` / `vendorMaintenanceCidrs` du profil, ou passer par une prefix list / un groupe de sécurité de bastion",
    en: "Declare the range in the profile's `adminCidrs` / `vendorMaintenanceCidrs`, or go through a prefix list / bastion security group",
  },
  types: SG_TYPES,
  check(r, ctx) {
    const allowed = [...ctx.profile.adminCidrs, ...ctx.profile.vendorMaintenanceCidrs];
    const out: Violation[] = [];
    for (const i of ingressRules(r)) {
      const ports = coveredAdminPorts(i.from, i.to, i.protocol, ctx.profile.adminPorts);
      if (!ports.length) continue;
      // Open sources are aws-sg-no-open-admin-ports' (critical) findings.
      // Internal ranges are filtered by the network itself (O-5.3 targets internet sources): only
      // public sources must be the hospital's declared ranges.
      const bad = i.sources.filter((s) => !isOpenSource(s) && !isPrivateCidr(s) && !cidrWithin(s, allowed));
      if (bad.length) out.push(violation(`entrée${at(i)} : source ${bad.join(", ")} hors des plages déclarées, vers ${portText(i, ports)}`, `ingress${at(i)}: source ${bad.join(", ")} outside the declared ranges, to ${portText(i, ports)}`));
      // An unknown CIDR cannot be proven inside the allowlist.
      if (i.unknownSource) out.push(unverified(`ingress${at(i)}.cidr`));
    }
    return out;
  },
};
