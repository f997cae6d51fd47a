import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { bool } from "../../../core/props";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-threat-detection-enabled",
  clauses: ["O-7.1"],
  severity: "low",
  basis: { kind: "practice" },
  family: "K",
  scope: "core",
  description: {
    fr: "En production, la détection de menaces (GuardDuty, équivalent antivirus/EDR des services managés) reste activée",
    en: "In production, threat detection (GuardDuty, the antivirus/EDR equivalent for managed services) stays on",
  },
  remediation: {
    fr: "Laisser `enable: true` (défaut) sur le détecteur GuardDuty",
    en: "Keep `enable: true` (the default) on the GuardDuty detector",
  },
  types: ["aws:guardduty/detector:Detector"],
  check(r, ctx) {
    if (!ctx.isProd) return [];
    return bool(r.props.enable) === false ? [violation("`enable` = false : détecteur GuardDuty désactivé en production", "`enable` = false: GuardDuty detector disabled in production")] : [];
  },
};
