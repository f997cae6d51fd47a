import type { ResourceRule } from "../../../core/rule";
import { violation, type Violation } from "../../../core/rule";
import { bool, num, str } from "../../../core/props";
import { shown } from "../lib/show";
import { providerDefault } from "../../../core/provider-defaults";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-kms-rotation-lifecycle",
  clauses: ["O-8.4"],
  severity: "medium",
  basis: { kind: "profile", key: "keys.rotationDays" },
  family: "C",
  scope: "core",
  description: {
    fr: "Les clés KMS symétriques de chiffrement ont la rotation automatique activée, au plus à la période du CCTP (keys.rotationDays)",
    en: "Symmetric encryption KMS keys have automatic rotation on, at most every keys.rotationDays (the CCTP's period)",
  },
  remediation: {
    fr: "`enableKeyRotation: true` et `rotationPeriodInDays` ≤ `keys.rotationDays` du profil (AWS tourne tous les 365 jours par défaut)",
    en: "`enableKeyRotation: true` and `rotationPeriodInDays` ≤ the profile's `keys.rotationDays` (AWS rotates every 365 days by default)",
  },
  types: ["aws:kms/key:Key"],
  check(r, ctx) {
    const p = r.props;
    const spec = (str(p.customerMasterKeySpec) ?? "SYMMETRIC_DEFAULT").toUpperCase();
    const usage = (str(p.keyUsage) ?? "ENCRYPT_DECRYPT").toUpperCase();
    // Rotation exists only for symmetric encryption keys.
    if (spec !== "SYMMETRIC_DEFAULT" || usage !== "ENCRYPT_DECRYPT") return [];
    const out: Violation[] = [];
    if (bool(p.enableKeyRotation) !== true) out.push(violation(`\`enableKeyRotation\` = ${shown(p.enableKeyRotation).fr} : pas de rotation automatique`, `\`enableKeyRotation\` = ${shown(p.enableKeyRotation).en}: no automatic rotation`));
    const max = ctx.profile.keys.rotationDays;
    const period = num(p.rotationPeriodInDays) ?? providerDefault("aws.kms.rotationPeriodDays");
    if (max !== undefined && period > max) out.push(violation(`\`rotationPeriodInDays\` = ${period} (> ${max}, keys.rotationDays)`, `\`rotationPeriodInDays\` = ${period} (> ${max}, keys.rotationDays)`));
    return out;
  },
};
