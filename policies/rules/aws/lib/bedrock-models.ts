// Bedrock model references and where they run (family I, docs/clauses.md): cross-region inference
// profiles are prefixed with their geography (`global.`, `us.`, `eu.`, `apac.`…).
import type { Bilingual } from "../../../core/model";
import type { Profile } from "../../../core/profile";
import { get, str } from "../../../core/props";
import type { ResourceView } from "../../../core/rule";
import { parseArn } from "./arn";
import { classifyAwsRegion } from "./region";

const MODEL_PROPS: Record<string, string[]> = {
  "aws:bedrock/inferenceProfile:InferenceProfile": ["modelSource.copyFrom"],
  "aws:bedrock/agentAgent:AgentAgent": ["foundationModel"],
  "aws:bedrock/customModel:CustomModel": ["baseModelIdentifier"],
  "aws:bedrockmodel/invocationJob:InvocationJob": ["modelId"],
  "aws:bedrock/provisionedModelThroughput:ProvisionedModelThroughput": ["modelArn"],
  "aws:bedrock/agentKnowledgeBase:AgentKnowledgeBase": ["knowledgeBaseConfiguration.vectorKnowledgeBaseConfiguration.embeddingModelArn"],
};

export const MODEL_TYPES = Object.keys(MODEL_PROPS);

/** [property path, literal model id or ARN] pairs of a Bedrock resource. */
export function modelReferences(r: ResourceView): [string, string][] {
  return (MODEL_PROPS[r.type] ?? []).flatMap((path): [string, string][] => {
    const v = str(get(r.props, path));
    return v ? [[path, v]] : [];
  });
}

export type ModelScope = { kind: "in-region" } | { kind: "eu" | "outside"; why: Bilingual };

const NON_EU_PREFIX = /^(global|us|us-gov|apac|jp|au|ca)\./i;

export function modelScope(ref: string, profile: Profile): ModelScope {
  const arn = parseArn(ref);
  const id = arn ? arn.resource.replace(/^[^/]*\//, "") : ref;
  const prefix = NON_EU_PREFIX.exec(id);
  if (prefix) return { kind: "outside", why: { fr: `profil d'inférence inter-régions « ${prefix[1]}. » : traitement possible hors UE`, en: `cross-region inference profile "${prefix[1]}.": processing may happen outside the EU` } };
  if (arn?.region) {
    const c = classifyAwsRegion(arn.region, profile.regions.aws, profile.regions.awsEu);
    if (c === "non-eu") return { kind: "outside", why: { fr: `modèle en région ${arn.region}, hors de France et de l'UE`, en: `model in region ${arn.region}, outside France and the EU` } };
    if (c === "eu") return { kind: "eu", why: { fr: `modèle en région ${arn.region} (UE, hors France)`, en: `model in region ${arn.region} (EU, outside France)` } };
  }
  if (/^eu\./i.test(id)) return { kind: "eu", why: { fr: "profil d'inférence « eu. » : routage entre régions de l'UE, pas seulement en France", en: "\"eu.\" inference profile: routed across EU regions, not France only" } };
  return { kind: "in-region" };
}
