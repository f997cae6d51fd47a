import { str } from "../../core/props";
import type { Severity } from "../../core/model";
import { violation, type StackResourceView, type StackRule } from "../../core/rule";
import { jsonish, refersTo } from "./lib/links";

const READ_ONLY_POLICIES = ["arn:aws:iam::aws:policy/SecurityAudit", "arn:aws:iam::aws:policy/ReadOnlyAccess"];
/** Built-in Reader and Security Reader role definition ids. */
const READER_ROLES = ["acdd72a7-3385-48ef-bd42-f606fba81ae7", "39bc4728-0917-49c7-9d2c-d95423bc2eb4"];

export const rule: StackRule = {
  kind: "stack",
  name: "audit-account-provisioned",
  clauses: ["O-12.3.7", "O-12.4.3"],
  severity: "medium",
  basis: { kind: "profile", key: "auditPrincipals" },
  family: "H",
  scope: "saas",
  description: {
    fr: "Une pile de production donne à l'établissement un accès d'audit en lecture seule",
    en: "A production stack gives the hospital a read-only audit access",
  },
  remediation: {
    fr: "AWS : un rôle IAM avec SecurityAudit ou ReadOnlyAccess assumable par le principal d'audit de l'établissement ; Azure : une RoleAssignment Reader ou Security Reader à ce principal",
    en: "AWS: an IAM role with SecurityAudit or ReadOnlyAccess assumable by the hospital's audit principal; Azure: a Reader or Security Reader RoleAssignment to that principal",
  },
  check(resources, ctx) {
    if (!ctx.isProd) return [];
    const out = [];
    const roles = resources.filter((r) => r.type === "aws:iam/role:Role");
    const hasAws = resources.some((r) => r.type.startsWith("aws:"));
    const hasAzure = resources.some((r) => r.type.startsWith("azure-native:"));
    const { aws: awsPrincipals, azure: azurePrincipals } = ctx.profile.auditPrincipals;
    // With principals listed, the role must trust one of them; without, any read-only role counts.
    const trustsHospital = (role: StackResourceView) => !awsPrincipals.length
      || awsPrincipals.some((p) => JSON.stringify(jsonish(role.props.assumeRolePolicy) ?? "").includes(p));
    const awsAudit = resources.some((a) => a.type === "aws:iam/rolePolicyAttachment:RolePolicyAttachment"
      && READ_ONLY_POLICIES.includes(str(a.props.policyArn) ?? "")
      && roles.some((role) => trustsHospital(role) && refersTo(a, "role", role, [str(role.props.name)])));
    const azureAudit = resources.some((a) => a.type === "azure-native:authorization:RoleAssignment"
      && READER_ROLES.some((id) => (str(a.props.roleDefinitionId) ?? "").toLowerCase().endsWith(id))
      && (!azurePrincipals.length || azurePrincipals.some((p) => p.toLowerCase() === (str(a.props.principalId) ?? "").toLowerCase())));
    // Without listed principals only presence can be checked: reported as an advisory.
    const awsSeverity = awsPrincipals.length ? "medium" : "low";
    const azureSeverity = azurePrincipals.length ? "medium" : "low";
    if (hasAws && !awsAudit) out.push({ ...violation("aucun rôle d'audit en lecture seule (SecurityAudit / ReadOnlyAccess) assumable par l'établissement (auditPrincipals.aws)", "no read-only audit role (SecurityAudit / ReadOnlyAccess) the hospital can assume (auditPrincipals.aws)", null), severity: awsSeverity as Severity });
    if (hasAzure && !azureAudit) out.push({ ...violation("aucune attribution Reader / Security Reader au principal d'audit de l'établissement (auditPrincipals.azure)", "no Reader / Security Reader assignment to the hospital's audit principal (auditPrincipals.azure)", null), severity: azureSeverity as Severity });
    return out;
  },
};
