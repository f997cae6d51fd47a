import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { bool, get, str } from "../../../core/props";
import { isUnknown, unverified } from "../../../core/unknown";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-cloudfront-tls12",
  clauses: ["O-8.1"],
  severity: "high",
  basis: { kind: "clause", text: "l'usage du TLS 1.2 ou plus est impératif" },
  family: "B",
  scope: "core",
  description: {
    fr: "Les distributions CloudFront imposent TLS 1.2 au minimum aux clients",
    en: "CloudFront distributions require TLS 1.2 or later from viewers",
  },
  remediation: {
    fr: "Utiliser un certificat ACM (`viewerCertificate.acmCertificateArn`, `sslSupportMethod: \"sni-only\"`) avec `minimumProtocolVersion: \"TLSv1.2_2021\"`",
    en: "Use an ACM certificate (`viewerCertificate.acmCertificateArn`, `sslSupportMethod: \"sni-only\"`) with `minimumProtocolVersion: \"TLSv1.2_2021\"`",
  },
  types: ["aws:cloudfront/distribution:Distribution"],
  check(r) {
    const vc = r.props.viewerCertificate;
    if (bool(get(vc, "cloudfrontDefaultCertificate")) === true) {
      return [violation("`viewerCertificate.cloudfrontDefaultCertificate` = true : le certificat *.cloudfront.net impose l'acceptation de TLSv1", "`viewerCertificate.cloudfrontDefaultCertificate` = true: the *.cloudfront.net certificate forces TLSv1 to be accepted")];
    }
    const min = get(vc, "minimumProtocolVersion");
    if (isUnknown(min)) return [unverified("viewerCertificate.minimumProtocolVersion")];
    const v = str(min);
    if (v && /^TLSv1\.[23]_/.test(v)) return [];
    return [violation(
      `\`viewerCertificate.minimumProtocolVersion\` = ${v ?? "absente (défaut TLSv1)"} : versions antérieures à TLS 1.2 acceptées`,
      `\`viewerCertificate.minimumProtocolVersion\` = ${v ?? "absent (default TLSv1)"}: versions older than TLS 1.2 accepted`)];
  },
};
