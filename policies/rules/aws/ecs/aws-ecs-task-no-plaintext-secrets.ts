import type { ResourceRule } from "../../../core/rule";
import type { Violation } from "../../../core/rule";
import { bags, isBag, str } from "../../../core/props";
import { isUnknown, unverified } from "../../../core/unknown";
import { plaintextSecretReason, secretFinding } from "../lib/secrets";

/** The containers of a task definition (a JSON string); undefined when it cannot be parsed. */
function containers(v: unknown): unknown[] | undefined {
  if (Array.isArray(v)) return v;
  if (typeof v !== "string") return [];
  try {
    const parsed: unknown = JSON.parse(v);
    return Array.isArray(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-ecs-task-no-plaintext-secrets",
  clauses: ["O-8.2"],
  severity: "high",
  family: "H",
  scope: "core",
  basis: { kind: "clause", text: "Les données utiles à l'authentification doivent être chiffrées lors de leur communication et de leur stockage" },
  description: {
    fr: "Les conteneurs d'une définition de tâche ECS ne reçoivent aucun secret en clair dans `environment` : ils le lisent par `secrets[].valueFrom`",
    en: "The containers of an ECS task definition get no plaintext secret in `environment`: they read it through `secrets[].valueFrom`",
  },
  remediation: {
    fr: "Déplacer la variable dans `secrets: [{ name, valueFrom: <ARN Secrets Manager ou SSM> }]` (le rôle d'exécution lit le secret au démarrage)",
    en: "Move the variable to `secrets: [{ name, valueFrom: <Secrets Manager or SSM ARN> }]` (the execution role reads it at start-up)",
  },
  types: ["aws:ecs/taskDefinition:TaskDefinition"],
  check(r) {
    // Usually built with apply()/jsonStringify from other outputs: unknown before `pulumi up`,
    // and it may hide a password, so it is a finding, never a pass.
    if (isUnknown(r.props.containerDefinitions)) {
      return [unverified("containerDefinitions")];
    }
    // Not JSON: the provider rejects it before anything is deployed.
    const list = containers(r.props.containerDefinitions) ?? [];
    const out: Violation[] = [];
    for (const c of list) {
      if (!isBag(c)) continue;
      for (const e of bags(c.environment)) {
        const name = str(e.name) ?? "?";
        const reason = plaintextSecretReason(name, e.value);
        if (reason) out.push(secretFinding(`conteneur/container ${str(c.name) ?? "?"} \`environment\``, name, reason));
      }
    }
    return out;
  },
};
