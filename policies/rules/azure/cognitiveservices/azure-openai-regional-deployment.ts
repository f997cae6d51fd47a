import { unverified } from "../../../core/unknown";
import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { deploymentProcessing } from "./deployment-sku";

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-openai-regional-deployment",
  clauses: ["O-12.3.2", "O-12.6.5"],
  severity: "high",
  basis: { kind: "clause", text: "Dans le cas d'hébergement hors communauté européenne les dispositions adaptées doivent être proposées par le titulaire et validées" },
  family: "I",
  scope: "ai",
  description: {
    fr: "Les déploiements de modèles (Azure OpenAI / AI Foundry) traitent les requêtes dans la région du compte, pas dans n'importe quelle région Azure",
    en: "Model deployments (Azure OpenAI / AI Foundry) process requests in the account's region, not in any Azure region",
  },
  remediation: {
    fr: "Utiliser un `sku.name` régional (`Standard`, `ProvisionedManaged`) au lieu de `GlobalStandard`, `GlobalProvisionedManaged` ou `GlobalBatch`",
    en: "Use a regional `sku.name` (`Standard`, `ProvisionedManaged`) instead of `GlobalStandard`, `GlobalProvisionedManaged` or `GlobalBatch`",
  },
  types: ["azure-native:cognitiveservices:Deployment"],
  check(r) {
    const p = deploymentProcessing(r.props);
    if (p.kind === "unknown") return [unverified("sku.name")];
    if (p.kind !== "global") return [];
    return [violation(`\`sku.name\` = ${p.sku} : requêtes traitées dans n'importe quelle région Azure, hors France/UE possible`, `\`sku.name\` = ${p.sku}: requests processed in any Azure region, possibly outside France/EU`)];
  },
};
