import type { ResourceRule } from "../../../core/rule";
import { get } from "../../../core/props";
import { cmkViolations } from "../lib/kms";

const KEY_PROPS: Record<string, string> = {
  "aws:bedrock/customModel:CustomModel": "customModelKmsKeyId",
  "aws:bedrock/agentAgent:AgentAgent": "customerEncryptionKeyArn",
  "aws:bedrock/guardrail:Guardrail": "kmsKeyArn",
  "aws:bedrock/agentDataSource:AgentDataSource": "serverSideEncryptionConfiguration.kmsKeyArn",
};

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-bedrock-cmk",
  clauses: ["O-12.6.4"],
  severity: "high",
  basis: { kind: "clause", text: "les flux et les stockages devront être chiffrés" },
  family: "I",
  scope: "ai",
  description: {
    fr: "Modèles personnalisés, agents, garde-fous et sources de données Bedrock sont chiffrés avec une clé KMS maîtrisée",
    en: "Bedrock custom models, agents, guardrails and data sources are encrypted with a customer-managed KMS key",
  },
  remediation: {
    fr: "Renseigner la clé KMS (customModelKmsKeyId, customerEncryptionKeyArn, kmsKeyArn, serverSideEncryptionConfiguration.kmsKeyArn) avec une CMK",
    en: "Set the KMS key (customModelKmsKeyId, customerEncryptionKeyArn, kmsKeyArn, serverSideEncryptionConfiguration.kmsKeyArn) to a CMK",
  },
  types: Object.keys(KEY_PROPS),
  check(r, ctx) {
    const prop = KEY_PROPS[r.type];
    return prop ? cmkViolations(prop, get(r.props, prop), ctx.profile) : [];
  },
};
