import type { ResourceRule } from "../../../core/rule";
import { violation, type Violation } from "../../../core/rule";
import { coveredAdminPorts, isOpenSource } from "../../../core/network";
import { at, ingressRules, NACL_TYPES, portText } from "../lib/ingress";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-nacl-open-admin",
  clauses: ["O-5.3"],
  severity: "medium",
  basis: { kind: "clause", text: "filtrage IP pour les solutions en mode SaaS" },
  family: "D",
  scope: "core",
  description: {
    fr: "Les ACL réseau n'autorisent pas l'accès de tout Internet aux ports d'administration",
    en: "Network ACLs do not allow the whole internet to reach administration ports",
  },
  remediation: {
    fr: "Restreindre `cidrBlock` aux plages d'administration ou exclure les ports d'administration de la règle",
    en: "Restrict `cidrBlock` to the administration ranges or leave the administration ports out of the rule",
  },
  types: NACL_TYPES,
  check(r, ctx) {
    const out: Violation[] = [];
    for (const i of ingressRules(r)) {
      const open = i.sources.filter(isOpenSource);
      const ports = open.length ? coveredAdminPorts(i.from, i.to, i.protocol, ctx.profile.adminPorts) : [];
      if (ports.length) out.push(violation(`règle entrante${at(i)} allow depuis ${open.join(", ")} vers ${portText(i, ports)}`, `inbound rule${at(i)} allows ${open.join(", ")} to ${portText(i, ports)}`));
    }
    return out;
  },
};
