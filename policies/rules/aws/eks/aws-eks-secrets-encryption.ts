import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { get, strs } from "../../../core/props";
import { isUnknown, unverified } from "../../../core/unknown";
import { cmkViolations } from "../lib/kms";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-eks-secrets-encryption",
  clauses: ["O-8.4"],
  severity: "high",
  basis: { kind: "profile", key: "keys.scope" },
  family: "C",
  scope: "core",
  description: {
    fr: "Les secrets Kubernetes des clusters EKS sont chiffrés (enveloppe) avec une clé KMS maîtrisée",
    en: "Kubernetes secrets of EKS clusters are envelope-encrypted with a customer-managed KMS key",
  },
  remediation: {
    fr: "`encryptionConfig: {resources: [\"secrets\"], provider: {keyArn: <CMK>}}`",
    en: "`encryptionConfig: {resources: [\"secrets\"], provider: {keyArn: <CMK>}}`",
  },
  types: ["aws:eks/cluster:Cluster"],
  check(r, ctx) {
    const ec = r.props.encryptionConfig;
    const resources = get(ec, "resources");
    // An unknown list is not a computed-only value: it cannot be proven to hold "secrets".
    if (isUnknown(resources)) return [unverified("encryptionConfig.resources")];
    if (!strs(resources).includes("secrets")) {
      return [violation("`encryptionConfig.resources` ne contient pas \"secrets\" : secrets Kubernetes non chiffrés par KMS", "`encryptionConfig.resources` lacks \"secrets\": Kubernetes secrets not KMS-encrypted")];
    }
    return cmkViolations("encryptionConfig.provider.keyArn", get(ec, "provider.keyArn"), ctx.profile);
  },
};
