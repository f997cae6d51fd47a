import type { ResourceRule } from "../../../core/rule";
import { violation, type Violation } from "../../../core/rule";
import { bags, str, strs } from "../../../core/props";
import { statements } from "../lib/policy-doc";

const ADMIN_POLICY = /^arn:aws[a-z-]*:iam::aws:policy\/AdministratorAccess$/;

function wildcard(prop: string, policy: unknown): Violation[] {
  const bad = statements(policy).filter((s) => s.effect === "Allow" && s.actions.includes("*") && s.resources.includes("*"));
  return bad.length ? [violation(`\`${prop}\` : Allow Action "*" sur Resource "*" (administrateur complet)`, `\`${prop}\`: Allow Action "*" on Resource "*" (full administrator)`)] : [];
}

function adminArn(prop: string, arns: string[]): Violation[] {
  const bad = arns.filter((a) => ADMIN_POLICY.test(a));
  return bad.length ? [violation(`\`${prop}\` = ${bad.join(", ")} : droits d'administration complets`, `\`${prop}\` = ${bad.join(", ")}: full administration rights`)] : [];
}

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-iam-no-admin-wildcard",
  clauses: ["O-12.3.12"],
  severity: "high",
  basis: { kind: "practice" },
  family: "D",
  scope: "saas",
  description: {
    fr: "Aucune politique IAM n'accorde « * » sur « * » ni AdministratorAccess (moindre privilège)",
    en: "No IAM policy grants \"*\" on \"*\" nor AdministratorAccess (least privilege)",
  },
  remediation: {
    fr: "Lister les actions et ressources nécessaires ; réserver l'administration aux rôles déclarés, par dérogation approuvée",
    en: "List the needed actions and resources; keep administration to declared roles, through an approved waiver",
  },
  types: [
    "aws:iam/policy:Policy", "aws:iam/rolePolicy:RolePolicy", "aws:iam/userPolicy:UserPolicy", "aws:iam/groupPolicy:GroupPolicy",
    "aws:iam/rolePolicyAttachment:RolePolicyAttachment", "aws:iam/userPolicyAttachment:UserPolicyAttachment",
    "aws:iam/groupPolicyAttachment:GroupPolicyAttachment", "aws:iam/policyAttachment:PolicyAttachment", "aws:iam/role:Role",
  ],
  check(r) {
    const p = r.props;
    if (r.type.includes("ttachment:")) return adminArn("policyArn", strs(p.policyArn));
    if (r.type === "aws:iam/role:Role") {
      return [
        ...adminArn("managedPolicyArns", strs(p.managedPolicyArns)),
        ...bags(p.inlinePolicies).flatMap((ip, i) => wildcard(`inlinePolicies[${i}].policy (${str(ip.name) ?? i})`, ip.policy)),
      ];
    }
    return wildcard("policy", p.policy);
  },
};
