import type { ResourceRule } from "../../../core/rule";
import { violation, type Violation } from "../../../core/rule";
import { bags, get, str, strs } from "../../../core/props";

const WEAK = new Set(["SSLV3", "TLSV1", "TLSV1.1"]);

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-cloudfront-https-only",
  clauses: ["O-8.1"],
  severity: "high",
  basis: { kind: "clause", text: "l'usage du TLS 1.2 ou plus est impératif" },
  family: "B",
  scope: "core",
  description: {
    fr: "CloudFront n'accepte que HTTPS côté client et ne parle aux origines qu'en TLS 1.2 ou plus",
    en: "CloudFront accepts only HTTPS from viewers and talks to origins over TLS 1.2 or later only",
  },
  remediation: {
    fr: "`viewerProtocolPolicy: \"redirect-to-https\"` ou `\"https-only\"` ; `originProtocolPolicy: \"https-only\"` ; `originSslProtocols: [\"TLSv1.2\"]`",
    en: "`viewerProtocolPolicy: \"redirect-to-https\"` or `\"https-only\"`; `originProtocolPolicy: \"https-only\"`; `originSslProtocols: [\"TLSv1.2\"]`",
  },
  types: ["aws:cloudfront/distribution:Distribution"],
  check(r) {
    const out: Violation[] = [];
    const behaviours: [string, unknown][] = [["defaultCacheBehavior", r.props.defaultCacheBehavior], ...bags(r.props.orderedCacheBehaviors).map((b, i): [string, unknown] => [`orderedCacheBehaviors[${i}]`, b])];
    for (const [path, b] of behaviours) {
      if (str(get(b, "viewerProtocolPolicy")) === "allow-all") {
        out.push(violation(`\`${path}.viewerProtocolPolicy\` = allow-all : HTTP en clair accepté`, `\`${path}.viewerProtocolPolicy\` = allow-all: plaintext HTTP accepted`));
      }
    }
    bags(r.props.origins).forEach((o, i) => {
      const c = o.customOriginConfig;
      if (str(get(c, "originProtocolPolicy")) === "http-only") {
        out.push(violation(`\`origins[${i}].customOriginConfig.originProtocolPolicy\` = http-only : origine jointe en clair`, `\`origins[${i}].customOriginConfig.originProtocolPolicy\` = http-only: origin reached in plaintext`));
      }
      const weak = strs(get(c, "originSslProtocols")).filter((p) => WEAK.has(p.toUpperCase()));
      if (weak.length) {
        out.push(violation(`\`origins[${i}].customOriginConfig.originSslProtocols\` contient ${weak.join(", ")}`, `\`origins[${i}].customOriginConfig.originSslProtocols\` contains ${weak.join(", ")}`));
      }
    });
    return out;
  },
};
