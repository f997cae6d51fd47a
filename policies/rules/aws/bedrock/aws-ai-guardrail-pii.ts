import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { bags, get, str } from "../../../core/props";

const PROTECTIVE = new Set(["ANONYMIZE", "BLOCK"]);

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-ai-guardrail-pii",
  clauses: ["O-12.6.4"],
  severity: "low",
  basis: { kind: "practice" },
  family: "I",
  scope: "ai",
  description: {
    fr: "Les garde-fous Bedrock filtrent les données personnelles (anonymisation ou blocage)",
    en: "Bedrock guardrails filter personal data (anonymise or block)",
  },
  remediation: {
    fr: "Ajouter `sensitiveInformationPolicyConfig.piiEntitiesConfigs` avec `action: \"ANONYMIZE\"` ou `\"BLOCK\"`",
    en: "Add `sensitiveInformationPolicyConfig.piiEntitiesConfigs` with `action: \"ANONYMIZE\"` or `\"BLOCK\"`",
  },
  types: ["aws:bedrock/guardrail:Guardrail"],
  check(r) {
    const configs = bags(get(r.props, "sensitiveInformationPolicyConfig.piiEntitiesConfigs"));
    if (configs.some((c) => PROTECTIVE.has((str(c.action) ?? "").toUpperCase()))) return [];
    return [violation("aucun filtre `sensitiveInformationPolicyConfig.piiEntitiesConfigs` en ANONYMIZE/BLOCK", "no `sensitiveInformationPolicyConfig.piiEntitiesConfigs` filter in ANONYMIZE/BLOCK")];
  },
};
