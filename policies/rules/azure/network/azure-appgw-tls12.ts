import type { ResourceRule, Violation } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { arr, eqi, get, isBag } from "../../../core/props";
import { isUnknown, unverified } from "../../../core/unknown";
import { shown } from "../lib/messages";

/** Predefined policies whose minimum protocol is TLS 1.2. */
const PREDEFINED_OK = ["appgwsslpolicy20170401s", "appgwsslpolicy20220101", "appgwsslpolicy20220101s"];
const PROTOCOL_OK = ["tlsv1_2", "tlsv1_3"];

function checkPolicy(path: string, policy: unknown): Violation[] {
  if (policy === undefined) return [];
  if (isUnknown(policy)) return [unverified(path)];
  if (!isBag(policy)) return [];
  const type = policy.policyType;
  const name = policy.policyName;
  const min = policy.minProtocolVersion;
  if (isUnknown(type) || isUnknown(name) || isUnknown(min)) return [unverified(path)];
  if (eqi(type, "Custom") || eqi(type, "CustomV2")) {
    if (typeof min === "string" && PROTOCOL_OK.includes(min.toLowerCase())) return [];
    return [violation(`\`${path}.minProtocolVersion\` = ${shown(min)} (politique ${String(type)}) : TLSv1_2 minimum requis`, `\`${path}.minProtocolVersion\` = ${shown(min)} (${String(type)} policy): TLSv1_2 at least is required`)];
  }
  // Predefined, explicitly or implied by a policy name.
  if (eqi(type, "Predefined") || name !== undefined) {
    if (typeof name === "string" && PREDEFINED_OK.includes(name.toLowerCase())) return [];
    return [violation(`\`${path}.policyName\` = ${shown(name)} : politique prédéfinie acceptant TLS < 1.2`, `\`${path}.policyName\` = ${shown(name)}: predefined policy accepting TLS < 1.2`)];
  }
  // Only disabledSslProtocols set: the gateway default applies (reported by azure-appgw-tls12-default).
  return [];
}

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-appgw-tls12",
  clauses: ["O-8.1"],
  severity: "high",
  basis: { kind: "clause", text: "l'usage du TLS 1.2 ou plus est impératif" },
  family: "B",
  scope: "core",
  description: {
    fr: "Les politiques TLS des Application Gateway (globale et profils SSL) imposent TLS 1.2 au minimum",
    en: "Application Gateway TLS policies (global and SSL profiles) enforce TLS 1.2 at least",
  },
  remediation: {
    fr: "Utiliser `policyType: \"Predefined\"` avec AppGwSslPolicy20220101(S) ou 20170401S, ou une politique Custom/CustomV2 avec `minProtocolVersion: \"TLSv1_2\"`",
    en: "Use `policyType: \"Predefined\"` with AppGwSslPolicy20220101(S) or 20170401S, or a Custom/CustomV2 policy with `minProtocolVersion: \"TLSv1_2\"`",
  },
  types: ["azure-native:network:ApplicationGateway"],
  check(r) {
    const out = checkPolicy("sslPolicy", r.props.sslPolicy);
    const profiles = r.props.sslProfiles;
    if (isUnknown(profiles)) out.push(unverified("sslProfiles"));
    else arr(profiles).forEach((p, i) => out.push(...checkPolicy(`sslProfiles[${i}].sslPolicy`, get(p, "sslPolicy"))));
    return out;
  },
};
