import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { str } from "../../../core/props";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-ecr-immutable-tags",
  clauses: ["O-7.2"],
  severity: "low",
  basis: { kind: "practice" },
  family: "K",
  scope: "core",
  description: {
    fr: "Les étiquettes d'images ECR sont immuables (une image analysée ne peut être remplacée sous la même étiquette)",
    en: "ECR image tags are immutable (a scanned image cannot be replaced under the same tag)",
  },
  remediation: {
    fr: "Fixer `imageTagMutability: \"IMMUTABLE\"`",
    en: "Set `imageTagMutability: \"IMMUTABLE\"`",
  },
  types: ["aws:ecr/repository:Repository"],
  check(r) {
    const m = str(r.props.imageTagMutability);
    return m?.toUpperCase().startsWith("IMMUTABLE") ? [] : [violation(`\`imageTagMutability\` = ${m ?? "absent (MUTABLE)"}`, `\`imageTagMutability\` = ${m ?? "absent (MUTABLE)"}`)];
  },
};
