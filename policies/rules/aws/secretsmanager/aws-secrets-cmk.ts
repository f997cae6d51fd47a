import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { str } from "../../../core/props";
import { cmkViolations } from "../lib/kms";

// SSM parameters whose name or description looks sensitive.
const SENSITIVE = /(pass(word)?|pwd|mdp|secret|token|key)/i;

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-secrets-cmk",
  clauses: ["O-8.2"],
  severity: "high",
  basis: { kind: "profile", key: "keys.scope" },
  family: "C",
  scope: "core",
  description: {
    fr: "Les secrets (Secrets Manager, paramètres SSM sensibles) sont chiffrés avec une clé KMS maîtrisée",
    en: "Secrets (Secrets Manager, sensitive SSM parameters) are encrypted with a customer-managed KMS key",
  },
  remediation: {
    fr: "Secrets Manager : `kmsKeyId` = CMK ; SSM : `type: \"SecureString\"` avec `keyId` = CMK pour tout paramètre sensible",
    en: "Secrets Manager: `kmsKeyId` = CMK; SSM: `type: \"SecureString\"` with `keyId` = CMK for every sensitive parameter",
  },
  types: ["aws:secretsmanager/secret:Secret", "aws:ssm/parameter:Parameter"],
  check(r, ctx) {
    if (r.type === "aws:secretsmanager/secret:Secret") return cmkViolations("kmsKeyId", r.props.kmsKeyId, ctx.profile);
    const type = str(r.props.type);
    if (type === "SecureString") return cmkViolations("keyId", r.props.keyId, ctx.profile);
    const label = `${str(r.props.name) ?? r.name} ${str(r.props.description) ?? ""}`;
    if (!SENSITIVE.test(label)) return [];
    return [violation(`paramètre SSM d'apparence sensible (« ${str(r.props.name) ?? r.name} ») de \`type\` = ${type ?? "absent"} : valeur en clair`, `sensitive-looking SSM parameter ("${str(r.props.name) ?? r.name}") with \`type\` = ${type ?? "absent"}: plaintext value`)];
  },
};
