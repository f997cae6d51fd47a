import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { str } from "../../../core/props";
import { isHealthData } from "../lib/health";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-lb-target-group-no-plaintext",
  clauses: ["O-12.4.4"],
  severity: "medium",
  basis: { kind: "practice" },
  family: "B",
  scope: "hosted-admin",
  description: {
    fr: "Les groupes cibles servant des données de santé ne reçoivent pas le trafic en HTTP clair",
    en: "Target groups serving health data do not receive plaintext HTTP traffic",
  },
  remediation: {
    fr: "Utiliser `protocol: \"HTTPS\"` (ou TLS) entre le répartiteur et les cibles",
    en: "Use `protocol: \"HTTPS\"` (or TLS) between the load balancer and its targets",
  },
  types: ["aws:lb/targetGroup:TargetGroup", "aws:alb/targetGroup:TargetGroup"],
  check(r, ctx) {
    if (!isHealthData(r, ctx)) return [];
    const protocol = str(r.props.protocol)?.toUpperCase();
    return protocol === "HTTP" || protocol === "TCP"
      ? [violation(`\`protocol\` = ${protocol} : saut en clair vers des cibles de données de santé`, `\`protocol\` = ${protocol}: plaintext hop to health-data targets`)]
      : [];
  },
};
