import type { ResourceRule } from "../../../core/rule";
import { violation, type Violation } from "../../../core/rule";
import { bool, num, str } from "../../../core/props";
import { shown } from "../lib/show";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-kms-rotation-lifecycle",
  clauses: ["O-8.4"],
  severity: "medium",
  family: "C",
  scope: "core",
  description: {
    fr: "Les clés KMS symétriques de chiffrement ont la rotation automatique activée, au plus tous les 365 jours",
    en: "Symmetric encryption KMS keys have automatic rotation on, at most every 365 days",
  },
  remediation: {
    fr: "`enableKeyRotation: true` (et `rotationPeriodInDays` ≤ 365 si fixé)",
    en: "`enableKeyRotation: true` (and `rotationPeriodInDays` ≤ 365 when set)",
  },
  types: ["aws:kms/key:Key"],
  check(r) {
    const p = r.props;
    const spec = (str(p.customerMasterKeySpec) ?? "SYMMETRIC_DEFAULT").toUpperCase();
    const usage = (str(p.keyUsage) ?? "ENCRYPT_DECRYPT").toUpperCase();
    // Rotation exists only for symmetric encryption keys.
    if (spec !== "SYMMETRIC_DEFAULT" || usage !== "ENCRYPT_DECRYPT") return [];
    const out: Violation[] = [];
    if (bool(p.enableKeyRotation) !== true) out.push(violation(`\`enableKeyRotation\` = ${shown(p.enableKeyRotation).fr} : pas de rotation automatique`, `\`enableKeyRotation\` = ${shown(p.enableKeyRotation).en}: no automatic rotation`));
    const period = num(p.rotationPeriodInDays);
    if (period !== undefined && period > 365) out.push(violation(`\`rotationPeriodInDays\` = ${period} (> 365)`, `\`rotationPeriodInDays\` = ${period} (> 365)`));
    return out;
  },
};
