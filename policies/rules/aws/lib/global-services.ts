// AWS services with no regional data plane for our purposes: their resources are global (IAM,
// Organizations, Route 53 zones) and hold no health data, so the region rules skip them.
const GLOBAL_PREFIXES = [
  "aws:iam/", "aws:organizations/", "aws:route53/", "aws:route53domains/", "aws:budgets/",
  "aws:costexplorer/", "aws:account/", "aws:identitystore/", "aws:ssoadmin/",
];

export function isRegionlessAwsType(type: string): boolean {
  return GLOBAL_PREFIXES.some((p) => type.startsWith(p));
}

/**
 * Objects a global service requires in us-east-1 and that hold no health data: the region rules
 * report them as advisory, naming this treatment, instead of as hosting outside the EU. Dated
 * facts (checked 2026-12-03):
 * - CloudFront accepts only ACM certificates requested in us-east-1 (Amazon CloudFront Developer
 *   Guide, "Requirements for using SSL/TLS certificates with CloudFront"); an ACM certificate and
 *   its validation are configuration, the private key never leaves ACM.
 * - A WAF web ACL of scope CLOUDFRONT is created in us-east-1 (AWS WAF Developer Guide, "Creating a
 *   web ACL"); it holds rules, not data.
 */
const US_EAST_1_CONTROL_PLANE: { test: (type: string, props: Record<string, unknown>) => boolean }[] = [
  { test: (type) => type === "aws:acm/certificate:Certificate" || type === "aws:acm/certificateValidation:CertificateValidation" },
  { test: (type, props) => type.startsWith("aws:wafv2/") && props.scope === "CLOUDFRONT" },
];

export function isUsEast1ControlPlane(type: string, props: Record<string, unknown>): boolean {
  return US_EAST_1_CONTROL_PLANE.some((c) => c.test(type, props));
}
