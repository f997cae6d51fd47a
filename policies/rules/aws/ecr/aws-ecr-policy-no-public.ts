import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { isUnknown } from "../../../core/unknown";
import { openToAnyone } from "../lib/policy-doc";

/** Actions that let the grantee replace an image (what runs in production). */
const WRITE = /^ecr:(\*|Put\w*|Upload\w*|InitiateLayerUpload|CompleteLayerUpload|BatchDelete\w*|Delete\w*|SetRepositoryPolicy)$|^\*$/i;

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-ecr-policy-no-public",
  clauses: ["O-12.3.12"],
  severity: "high",
  family: "D",
  scope: "saas",
  basis: { kind: "clause", text: "garantir un accès aux données aux seules personnes habilitées" },
  description: {
    fr: "La politique d'un dépôt ECR n'ouvre pas les images à tout principal (« * ») sans condition",
    en: "An ECR repository policy does not open images to any principal (\"*\") without a condition",
  },
  remediation: {
    fr: "Restreindre `Principal` aux comptes ou rôles habilités (ARN), ou conditionner par aws:PrincipalOrgID / aws:SourceAccount",
    en: "Restrict `Principal` to the authorised accounts or roles (ARNs), or condition on aws:PrincipalOrgID / aws:SourceAccount",
  },
  types: ["aws:ecr/repositoryPolicy:RepositoryPolicy"],
  check(r) {
    // Built from the repository's ARN with apply(): known at `pulumi up`, not verifiable before.
    if (isUnknown(r.props.policy)) {
      return [violation("`policy` est inconnu pendant la prévisualisation : l'absence d'accès public ne peut être vérifiée", "`policy` is unknown during preview: the absence of public access cannot be verified")];
    }
    const open = openToAnyone(r.props.policy);
    if (!open.length) return [];
    const actions = [...new Set(open.flatMap((s) => s.actions))];
    const write = actions.some((a) => WRITE.test(a));
    return [violation(
      `\`policy\` : Allow à Principal "*" sans condition (${actions.join(", ")})${write ? " : n'importe qui peut remplacer les images" : " : n'importe qui peut télécharger les images"}`,
      `\`policy\`: Allow to Principal "*" without a condition (${actions.join(", ")})${write ? ": anyone can replace the images" : ": anyone can pull the images"}`,
    )];
  },
};
