import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { deploymentProcessing } from "./deployment-sku";

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-openai-datazone-deployment",
  clauses: ["O-12.3.2", "O-12.6.5"],
  severity: "low",
  basis: { kind: "clause", text: "Dans le cas d'hébergement hors communauté européenne les dispositions adaptées doivent être proposées par le titulaire et validées" },
  family: "I",
  scope: "ai",
  description: {
    fr: "Un déploiement « Data Zone » traite les requêtes dans toute la zone (UE si le compte est dans l'UE), pas seulement en France",
    en: "A \"Data Zone\" deployment processes requests anywhere in the zone (the EU when the account is in the EU), not only in France",
  },
  remediation: {
    fr: "Préférer un `sku.name` régional (`Standard`, `ProvisionedManaged`) ou déclarer le traitement dans la zone UE à l'établissement",
    en: "Prefer a regional `sku.name` (`Standard`, `ProvisionedManaged`) or declare EU data-zone processing to the hospital",
  },
  types: ["azure-native:cognitiveservices:Deployment"],
  check(r) {
    const p = deploymentProcessing(r.props);
    if (p.kind !== "datazone") return [];
    return [violation(`\`sku.name\` = ${p.sku} : traitement dans la zone de données (UE seulement si le compte y est situé)`, `\`sku.name\` = ${p.sku}: processing within the data zone (the EU only when the account is located there)`)];
  },
};
