import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { bool } from "../../../core/props";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-sagemaker-model-network-isolation",
  clauses: ["O-12.6.4"],
  severity: "medium",
  basis: { kind: "practice" },
  family: "I",
  scope: "ai",
  description: {
    fr: "Les conteneurs de modèles SageMaker s'exécutent isolés du réseau",
    en: "SageMaker model containers run network-isolated",
  },
  remediation: {
    fr: "Fixer `enableNetworkIsolation: true`",
    en: "Set `enableNetworkIsolation: true`",
  },
  types: ["aws:sagemaker/model:Model"],
  check(r) {
    return bool(r.props.enableNetworkIsolation) === true ? [] : [violation("`enableNetworkIsolation` ≠ true : le conteneur du modèle peut joindre le réseau", "`enableNetworkIsolation` ≠ true: the model container can reach the network")];
  },
};
