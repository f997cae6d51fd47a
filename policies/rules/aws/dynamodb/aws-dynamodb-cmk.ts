import type { ResourceRule } from "../../../core/rule";
import { violation, type Violation } from "../../../core/rule";
import { bags, bool, get } from "../../../core/props";
import { cmkViolations } from "../lib/kms";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-dynamodb-cmk",
  clauses: ["O-8.4"],
  severity: "high",
  basis: { kind: "clause", text: "établir la responsabilité de la gestion des clés de chiffrement" },
  family: "C",
  scope: "core",
  description: {
    fr: "Les tables DynamoDB et leurs répliques sont chiffrées avec une clé KMS maîtrisée",
    en: "DynamoDB tables and their replicas are encrypted with a customer-managed KMS key",
  },
  remediation: {
    fr: "`serverSideEncryption: {enabled: true, kmsKeyArn: <CMK>}` et `replicas[].kmsKeyArn` = une CMK de la région de la réplique",
    en: "`serverSideEncryption: {enabled: true, kmsKeyArn: <CMK>}` and `replicas[].kmsKeyArn` = a CMK in the replica's region",
  },
  types: ["aws:dynamodb/table:Table"],
  check(r, ctx) {
    const sse = r.props.serverSideEncryption;
    if (bool(get(sse, "enabled")) !== true) {
      return [violation("`serverSideEncryption.enabled` ≠ true : clé détenue par AWS, pas une CMK", "`serverSideEncryption.enabled` ≠ true: AWS-owned key, not a CMK")];
    }
    const out: Violation[] = [...cmkViolations("serverSideEncryption.kmsKeyArn", get(sse, "kmsKeyArn"), ctx.profile)];
    bags(r.props.replicas).forEach((rep, i) => out.push(...cmkViolations(`replicas[${i}].kmsKeyArn`, rep.kmsKeyArn, ctx.profile)));
    return out;
  },
};
