import type { ResourceRule } from "../../../core/rule";
import { violation, type Violation } from "../../../core/rule";
import { bool, get, str } from "../../../core/props";
import { isUnknown, unverified } from "../../../core/unknown";

export const SEARCH_TYPES = ["aws:opensearch/domain:Domain", "aws:elasticsearch/domain:Domain"];
const GOOD = new Set(["Policy-Min-TLS-1-2-2019-07", "Policy-Min-TLS-1-2-PFS-2023-10"]);

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-opensearch-tls12",
  clauses: ["O-8.1"],
  severity: "high",
  basis: { kind: "clause", text: "l'usage du TLS 1.2 ou plus est impératif" },
  family: "B",
  scope: "core",
  description: {
    fr: "Les domaines OpenSearch/Elasticsearch imposent HTTPS, TLS 1.2 et le chiffrement entre nœuds",
    en: "OpenSearch/Elasticsearch domains enforce HTTPS, TLS 1.2 and node-to-node encryption",
  },
  remediation: {
    fr: "`domainEndpointOptions: {enforceHttps: true, tlsSecurityPolicy: \"Policy-Min-TLS-1-2-PFS-2023-10\"}` et `nodeToNodeEncryption: {enabled: true}`",
    en: "`domainEndpointOptions: {enforceHttps: true, tlsSecurityPolicy: \"Policy-Min-TLS-1-2-PFS-2023-10\"}` and `nodeToNodeEncryption: {enabled: true}`",
  },
  types: SEARCH_TYPES,
  check(r) {
    const out: Violation[] = [];
    const p = r.props;
    const https = get(p, "domainEndpointOptions.enforceHttps");
    // Unknown booleans are never computed from other resources in practice: fail rather than assume.
    if (isUnknown(https)) out.push(unverified("domainEndpointOptions.enforceHttps"));
    else if (bool(https) !== true) out.push(violation(`\`domainEndpointOptions.enforceHttps\` = ${isUnknown(https) ? "inconnue" : String(https ?? "absente")} : HTTP en clair accepté`, `\`domainEndpointOptions.enforceHttps\` = ${isUnknown(https) ? "unknown" : String(https ?? "absent")}: plaintext HTTP accepted`));
    const policy = str(get(p, "domainEndpointOptions.tlsSecurityPolicy"));
    if (!policy || !GOOD.has(policy)) out.push(violation(`\`domainEndpointOptions.tlsSecurityPolicy\` = ${policy ?? "absente"} : TLS 1.2 minimum non imposé`, `\`domainEndpointOptions.tlsSecurityPolicy\` = ${policy ?? "absent"}: TLS 1.2 minimum not enforced`));
    if (bool(get(p, "nodeToNodeEncryption.enabled")) !== true) out.push(violation("`nodeToNodeEncryption.enabled` ≠ true : trafic entre nœuds en clair", "`nodeToNodeEncryption.enabled` ≠ true: node-to-node traffic in plaintext"));
    return out;
  },
};
