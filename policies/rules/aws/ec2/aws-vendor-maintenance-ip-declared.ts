import type { ResourceRule } from "../../../core/rule";
import { violation, type Violation } from "../../../core/rule";
import { cidrWithin } from "../../../core/network";
import { at, ingressRules, NACL_TYPES, SG_TYPES } from "../lib/ingress";

const MAINTENANCE = /(t[ée]l[ée]-?maintenance|maintenance|vendor|fournisseur|prestataire)/i;
export const MAINTENANCE_TAG = "clausier:maintenance-window";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-vendor-maintenance-ip-declared",
  clauses: ["O-9.14"],
  severity: "low",
  basis: { kind: "clause", text: "les adresses IP publiques utilisées dans le cadre des connexions sécurisées de télémaintenance" },
  family: "D",
  scope: "hosted-admin",
  description: {
    fr: "Les ouvertures de télémaintenance sont déclarées et marquées comme ouvertes à la demande",
    en: "Vendor remote-maintenance openings are declared and marked as opened on demand",
  },
  remediation: {
    fr: `Étiqueter la ressource \`${MAINTENANCE_TAG}\` (référence de la fenêtre d'intervention, O-9.2) et n'ouvrir l'accès qu'à la demande`,
    en: `Tag the resource \`${MAINTENANCE_TAG}\` (reference of the intervention window, O-9.2) and open the access on demand only`,
  },
  types: [...SG_TYPES, ...NACL_TYPES],
  check(r, ctx) {
    if (r.tags[MAINTENANCE_TAG]?.trim()) return [];
    const out: Violation[] = [];
    const vendor = ctx.profile.vendorMaintenanceCidrs;
    const desc = typeof r.props.description === "string" ? r.props.description : "";
    for (const i of ingressRules(r)) {
      const fromVendor = vendor.length > 0 && i.sources.some((s) => cidrWithin(s, vendor));
      if (!fromVendor && !MAINTENANCE.test(i.description) && !MAINTENANCE.test(desc)) continue;
      out.push(violation(`entrée${at(i)} de télémaintenance sans étiquette \`${MAINTENANCE_TAG}\``, `remote-maintenance ingress${at(i)} without a \`${MAINTENANCE_TAG}\` tag`));
    }
    return out;
  },
};
