import type { ResourceRule } from "../../../core/rule";
import { violation, type Violation } from "../../../core/rule";
import { coveredAdminPorts, isOpenSource } from "../../../core/network";
import { at, ingressRules, portText, SG_TYPES } from "../lib/ingress";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-sg-no-open-admin-ports",
  clauses: ["O-5.3"],
  severity: "critical",
  basis: { kind: "clause", text: "filtrage IP pour les solutions en mode SaaS" },
  family: "D",
  scope: "core",
  description: {
    fr: "Aucun groupe de sécurité n'ouvre un port d'administration à tout Internet",
    en: "No security group opens an administration port to the whole internet",
  },
  remediation: {
    fr: "Limiter la source aux plages d'administration du profil (`adminCidrs`), à une prefix list ou à un groupe de sécurité de bastion",
    en: "Restrict the source to the profile's administration ranges (`adminCidrs`), a prefix list or a bastion security group",
  },
  unknownHandled: ["*.cidrBlocks", "*.ipv6CidrBlocks", "*.cidrIpv4", "*.cidrIpv6"],
  types: SG_TYPES,
  check(r, ctx) {
    const out: Violation[] = [];
    // Unknown sources are outputs of network resources (VPC/subnet CIDRs), never the literal 0.0.0.0/0.
    for (const i of ingressRules(r)) {
      const open = i.sources.filter(isOpenSource);
      if (!open.length) continue;
      const ports = coveredAdminPorts(i.from, i.to, i.protocol, ctx.profile.adminPorts);
      if (!ports.length) continue;
      out.push(violation(`entrée${at(i)} : source ${open.join(", ")} vers les ports d'administration ${portText(i, ports)}`, `ingress${at(i)}: source ${open.join(", ")} to administration ports ${portText(i, ports)}`));
    }
    return out;
  },
};
