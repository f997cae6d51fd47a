import type { ResourceRule } from "../../../core/rule";
import { cmkViolations } from "../lib/kms";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-logs-cmk",
  clauses: ["O-6.1", "O-8.2"],
  severity: "medium",
  basis: { kind: "profile", key: "keys.scope" },
  family: "C",
  scope: "core",
  description: {
    fr: "Les journaux (CloudWatch Logs, CloudTrail), qui contiennent des données personnelles, sont chiffrés avec une clé KMS maîtrisée",
    en: "Logs (CloudWatch Logs, CloudTrail), which hold personal data, are encrypted with a customer-managed KMS key",
  },
  remediation: {
    fr: "Fixer `kmsKeyId` sur une clé KMS de la pile ou autorisée (politique de clé ouverte au service logs/cloudtrail)",
    en: "Set `kmsKeyId` to a KMS key of the stack or an allowed one (key policy open to the logs/cloudtrail service)",
  },
  unknownHandled: ["kmsKeyId"],
  types: ["aws:cloudwatch/logGroup:LogGroup", "aws:cloudtrail/trail:Trail"],
  check(r, ctx) {
    return cmkViolations("kmsKeyId", r.props.kmsKeyId, ctx.profile);
  },
};
