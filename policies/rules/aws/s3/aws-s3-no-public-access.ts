import type { ResourceRule } from "../../../core/rule";
import { violation, type Violation } from "../../../core/rule";
import { bags, get, str, strs } from "../../../core/props";
import { openToAnyone, PUBLIC_CANNED_ACLS } from "../lib/policy-doc";

const PUBLIC_GRANTEES = /acs\.amazonaws\.com\/groups\/global\/(AllUsers|AuthenticatedUsers)/;

function policyViolations(prop: string, policy: unknown): Violation[] {
  const open = openToAnyone(policy);
  return open.length ? [violation(`\`${prop}\` : Allow à Principal "*" sans condition restrictive (${open.flatMap((s) => s.actions).join(", ")})`, `\`${prop}\`: Allow to Principal "*" without a restrictive condition (${open.flatMap((s) => s.actions).join(", ")})`)] : [];
}

function aclViolations(acl: unknown, grants: unknown): Violation[] {
  const out: Violation[] = [];
  const a = str(acl);
  if (a && PUBLIC_CANNED_ACLS.has(a)) out.push(violation(`\`acl\` = ${a} : objets lisibles publiquement`, `\`acl\` = ${a}: objects publicly readable`));
  bags(grants).forEach((g, i) => {
    // BucketAcl nests the grantee; the inline Bucket `grants` carry `uri` and `permissions` directly.
    const uri = str(get(g, "grantee.uri")) ?? str(g.uri);
    const perm = str(g.permission) ?? strs(g.permissions).join("/");
    if (uri && PUBLIC_GRANTEES.test(uri)) out.push(violation(`\`accessControlPolicy.grants[${i}]\` accorde ${perm} à ${uri}`, `\`accessControlPolicy.grants[${i}]\` grants ${perm} to ${uri}`));
  });
  return out;
}

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-s3-no-public-access",
  clauses: ["O-12.3.12"],
  severity: "critical",
  basis: { kind: "clause", text: "garantir un accès aux données aux seules personnes habilitées" },
  family: "D",
  scope: "saas",
  description: {
    fr: "Aucun bucket S3 n'est rendu public par une ACL ou une politique",
    en: "No S3 bucket is made public by an ACL or a policy",
  },
  remediation: {
    fr: "`acl: \"private\"` ; pas de `Principal: \"*\"` sans condition (aws:SourceVpce, aws:PrincipalOrgID…)",
    en: "`acl: \"private\"`; no `Principal: \"*\"` without a condition (aws:SourceVpce, aws:PrincipalOrgID…)",
  },
  types: [
    "aws:s3/bucketAcl:BucketAcl", "aws:s3/bucketAclV2:BucketAclV2", "aws:s3/bucketPolicy:BucketPolicy",
    "aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2",
  ],
  check(r) {
    const p = r.props;
    switch (r.type) {
      case "aws:s3/bucketPolicy:BucketPolicy":
        return policyViolations("policy", p.policy);
      case "aws:s3/bucket:Bucket":
      case "aws:s3/bucketV2:BucketV2":
        return [...aclViolations(p.acl, get(p, "grants")), ...policyViolations("policy", p.policy)];
      default:
        return aclViolations(p.acl, get(p, "accessControlPolicy.grants"));
    }
  },
};
