import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { str } from "../../../core/props";
import { isUnknown, unverified } from "../../../core/unknown";

export const LISTENER_TYPES = ["aws:lb/listener:Listener", "aws:alb/listener:Listener"];
const GOOD_POLICY = /^ELBSecurityPolicy-(TLS13-1-[23]|TLS-1-2|FS-1-2)/;

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-lb-listener-tls12",
  clauses: ["O-8.1"],
  severity: "high",
  basis: { kind: "clause", text: "l'usage du TLS 1.2 ou plus est impératif" },
  family: "B",
  scope: "core",
  description: {
    fr: "Les écouteurs HTTPS/TLS des répartiteurs de charge imposent TLS 1.2 au minimum",
    en: "HTTPS/TLS load balancer listeners require TLS 1.2 or later",
  },
  remediation: {
    fr: "Fixer `sslPolicy` à ELBSecurityPolicy-TLS13-1-2-2021-06 (ou une politique TLS-1-2 / FS-1-2)",
    en: "Set `sslPolicy` to ELBSecurityPolicy-TLS13-1-2-2021-06 (or a TLS-1-2 / FS-1-2 policy)",
  },
  types: LISTENER_TYPES,
  check(r) {
    const protocol = str(r.props.protocol)?.toUpperCase();
    // An unknown protocol is a computed value: judge the policy as if it were TLS.
    if (!isUnknown(r.props.protocol) && protocol !== "HTTPS" && protocol !== "TLS") return [];
    const policy = r.props.sslPolicy;
    if (isUnknown(policy)) return [unverified("sslPolicy")];
    if (typeof policy !== "string" || policy === "") {
      return [violation("`sslPolicy` absente : la valeur par défaut ELBSecurityPolicy-2016-08 accepte TLS 1.0", "`sslPolicy` is absent: the default ELBSecurityPolicy-2016-08 accepts TLS 1.0")];
    }
    return GOOD_POLICY.test(policy) ? [] : [violation(`\`sslPolicy\` = ${policy} accepte des versions antérieures à TLS 1.2`, `\`sslPolicy\` = ${policy} accepts versions older than TLS 1.2`)];
  },
};
