// AWS services with no regional data plane for our purposes: their resources are global (IAM,
// Organizations, Route 53 zones) and hold no health data, so the region rules skip them.
const GLOBAL_PREFIXES = [
  "aws:iam/", "aws:organizations/", "aws:route53/", "aws:route53domains/", "aws:budgets/",
  "aws:costexplorer/", "aws:account/", "aws:identitystore/", "aws:ssoadmin/",
];

export function isRegionlessAwsType(type: string): boolean {
  return GLOBAL_PREFIXES.some((p) => type.startsWith(p));
}
