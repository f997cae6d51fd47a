import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-iam-user-no-console-static-keys",
  clauses: ["O-12.3.12"],
  severity: "medium",
  basis: { kind: "practice" },
  family: "H",
  scope: "saas",
  description: {
    fr: "Pas de clés d'accès IAM de longue durée ni de mot de passe console : les humains passent par la fédération (SSO)",
    en: "No long-lived IAM access keys nor console passwords: humans go through federation (SSO)",
  },
  remediation: {
    fr: "Utiliser IAM Identity Center / la fédération SAML-OIDC et des rôles ; pour une machine, un rôle (OIDC CI, profil d'instance)",
    en: "Use IAM Identity Center / SAML-OIDC federation and roles; for a machine, a role (CI OIDC, instance profile)",
  },
  types: ["aws:iam/accessKey:AccessKey", "aws:iam/userLoginProfile:UserLoginProfile"],
  check(r) {
    return r.type === "aws:iam/accessKey:AccessKey"
      ? [violation("clé d'accès IAM de longue durée (`aws.iam.AccessKey`)", "long-lived IAM access key (`aws.iam.AccessKey`)")]
      : [violation("mot de passe console IAM (`aws.iam.UserLoginProfile`) au lieu de la fédération", "IAM console password (`aws.iam.UserLoginProfile`) instead of federation")];
  },
};
