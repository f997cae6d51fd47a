import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { num } from "../../../core/props";
import { KMS_KEY_TYPES } from "../lib/keyspec";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-kms-deletion-window",
  clauses: ["O-8.4"],
  severity: "low",
  basis: { kind: "practice" },
  family: "C",
  scope: "core",
  description: {
    fr: "La fenêtre de suppression des clés KMS est de 30 jours (le maximum) pour pouvoir annuler une destruction",
    en: "KMS keys keep the 30-day (maximum) deletion window so that a destruction can be cancelled",
  },
  remediation: {
    fr: "Fixer `deletionWindowInDays: 30` (défaut)",
    en: "Set `deletionWindowInDays: 30` (the default)",
  },
  types: KMS_KEY_TYPES,
  check(r) {
    const d = num(r.props.deletionWindowInDays);
    return d !== undefined && d < 30 ? [violation(`\`deletionWindowInDays\` = ${d} (< 30)`, `\`deletionWindowInDays\` = ${d} (< 30)`)] : [];
  },
};
