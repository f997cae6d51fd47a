import type { ResourceRule, Violation } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { eqi, get } from "../../../core/props";
import { isUnknown, unverified } from "../../../core/unknown";
import { shown } from "../lib/messages";

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-aks-auto-upgrade",
  clauses: ["O-7.1", "O-12.4.1"],
  severity: "medium",
  basis: { kind: "practice" },
  family: "K",
  scope: "core",
  description: {
    fr: "Les clusters AKS appliquent automatiquement les correctifs Kubernetes et ceux de l'OS des nœuds",
    en: "AKS clusters apply Kubernetes and node OS patches automatically",
  },
  remediation: {
    fr: "Fixer `autoUpgradeProfile.upgradeChannel` (patch, stable, rapid ou node-image) et ne pas mettre `autoUpgradeProfile.nodeOSUpgradeChannel: \"None\"` ; sinon déclarer une dérogation citant la procédure de qualification de l'éditeur",
    en: "Set `autoUpgradeProfile.upgradeChannel` (patch, stable, rapid or node-image) and do not set `autoUpgradeProfile.nodeOSUpgradeChannel: \"None\"`; otherwise declare a waiver citing the vendor's qualification procedure",
  },
  types: ["azure-native:containerservice:ManagedCluster"],
  check(r) {
    const out: Violation[] = [];
    const ch = get(r.props, "autoUpgradeProfile.upgradeChannel");
    if (isUnknown(ch)) out.push(unverified("autoUpgradeProfile.upgradeChannel"));
    // Absent means "none" in the API.
    else if (ch === undefined || eqi(ch, "none")) out.push(violation(`\`autoUpgradeProfile.upgradeChannel\` = ${shown(ch)} : pas de mise à jour automatique de Kubernetes`, `\`autoUpgradeProfile.upgradeChannel\` = ${shown(ch)}: no automatic Kubernetes upgrade`));
    const os = get(r.props, "autoUpgradeProfile.nodeOSUpgradeChannel");
    if (isUnknown(os)) out.push(unverified("autoUpgradeProfile.nodeOSUpgradeChannel"));
    // Absent means NodeImage (AKS default).
    else if (eqi(os, "None")) out.push(violation("`autoUpgradeProfile.nodeOSUpgradeChannel` = \"None\" : OS des nœuds jamais corrigé automatiquement", "`autoUpgradeProfile.nodeOSUpgradeChannel` = \"None\": node OS never patched automatically"));
    return out;
  },
};
