import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { arr, bool, eqi, get } from "../../../core/props";
import { cidrWithin, isOpenSource } from "../../../core/network";
import { isUnknown, unverified } from "../../../core/unknown";

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-aks-api-restricted",
  clauses: ["O-5.3"],
  severity: "critical",
  basis: { kind: "clause", text: "filtrage IP pour les solutions en mode SaaS" },
  family: "D",
  scope: "core",
  description: {
    fr: "Le serveur d'API Kubernetes (interface d'administration) est privé ou filtré sur les plages d'administration",
    en: "The Kubernetes API server (the administration interface) is private or filtered to the administration ranges",
  },
  remediation: {
    fr: "Fixer `apiServerAccessProfile.enablePrivateCluster: true`, ou `apiServerAccessProfile.authorizedIPRanges` ⊆ `adminCidrs`",
    en: "Set `apiServerAccessProfile.enablePrivateCluster: true`, or `apiServerAccessProfile.authorizedIPRanges` ⊆ `adminCidrs`",
  },
  types: ["azure-native:containerservice:ManagedCluster"],
  check(r, ctx) {
    const priv = get(r.props, "apiServerAccessProfile.enablePrivateCluster");
    const pna = r.props.publicNetworkAccess;
    if (bool(priv) === true || eqi(pna, "Disabled")) return [];
    const ranges = get(r.props, "apiServerAccessProfile.authorizedIPRanges");
    if (isUnknown(priv) || isUnknown(pna) || isUnknown(ranges) || arr(ranges).some(isUnknown)) {
      return [unverified("apiServerAccessProfile")];
    }
    const list = arr(ranges).filter((x): x is string => typeof x === "string");
    if (!list.length) {
      return [violation("serveur d'API public sans `apiServerAccessProfile.authorizedIPRanges` : joignable depuis tout Internet", "public API server without `apiServerAccessProfile.authorizedIPRanges`: reachable from the whole internet")];
    }
    const open = list.filter(isOpenSource);
    if (open.length) return [violation(`\`apiServerAccessProfile.authorizedIPRanges\` contient ${open.join(", ")} : ouvert à tout Internet`, `\`apiServerAccessProfile.authorizedIPRanges\` contains ${open.join(", ")}: open to the whole internet`)];
    const bad = list.filter((c) => !cidrWithin(c, ctx.profile.adminCidrs));
    if (bad.length) return [violation(`\`apiServerAccessProfile.authorizedIPRanges\` : ${bad.join(", ")} hors de \`adminCidrs\``, `\`apiServerAccessProfile.authorizedIPRanges\`: ${bad.join(", ")} outside \`adminCidrs\``)];
    return [];
  },
};
