import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { bool, get, strs } from "../../../core/props";
import { cidrWithin, isOpenSource } from "../../../core/network";
import { isUnknown, unverified } from "../../../core/unknown";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-eks-endpoint-restricted",
  clauses: ["O-5.3"],
  severity: "critical",
  basis: { kind: "clause", text: "filtrage IP pour les solutions en mode SaaS" },
  family: "D",
  scope: "core",
  description: {
    fr: "Le point d'accès public de l'API Kubernetes (EKS) est fermé ou limité aux plages d'administration",
    en: "The public Kubernetes API endpoint (EKS) is off or limited to the administration ranges",
  },
  remediation: {
    fr: "`vpcConfig.endpointPublicAccess: false` (accès privé), ou `publicAccessCidrs` ⊆ `adminCidrs`",
    en: "`vpcConfig.endpointPublicAccess: false` (private access), or `publicAccessCidrs` ⊆ `adminCidrs`",
  },
  types: ["aws:eks/cluster:Cluster"],
  check(r, ctx) {
    const vpc = r.props.vpcConfig;
    // endpointPublicAccess defaults to true.
    if (bool(get(vpc, "endpointPublicAccess")) === false) return [];
    const raw = get(vpc, "publicAccessCidrs");
    if (isUnknown(raw)) return [unverified("vpcConfig.publicAccessCidrs")];
    const cidrs = strs(raw);
    if (!cidrs.length) return [violation("API publique sans `vpcConfig.publicAccessCidrs` : ouverte à 0.0.0.0/0 par défaut", "public API without `vpcConfig.publicAccessCidrs`: open to 0.0.0.0/0 by default")];
    const bad = cidrs.filter((c) => isOpenSource(c) || !cidrWithin(c, ctx.profile.adminCidrs));
    return bad.length ? [violation(`\`vpcConfig.publicAccessCidrs\` contient ${bad.join(", ")}, hors de \`adminCidrs\``, `\`vpcConfig.publicAccessCidrs\` contains ${bad.join(", ")}, outside \`adminCidrs\``)] : [];
  },
};
