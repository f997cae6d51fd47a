import type { ResourceRule } from "../../../core/rule";
import { violation, type Violation } from "../../../core/rule";
import { bags, get, isBag, str } from "../../../core/props";
import { isUnknown } from "../../../core/unknown";
import { plaintextSecretReason } from "../lib/secrets";

function finding(where: string, name: string, reason: "name" | "value"): Violation {
  return reason === "name"
    ? violation(`${where} \`${name}\` : nom de secret avec une valeur en clair (valeur non affichée)`, `${where} \`${name}\`: secret-named variable with a plaintext value (value not shown)`)
    : violation(`${where} \`${name}\` : la valeur ressemble à un secret (mot de passe, clé, jeton ; non affichée)`, `${where} \`${name}\`: the value looks like a secret (password, key, token; not shown)`);
}

function containerDefinitions(v: unknown): unknown[] {
  if (typeof v !== "string") return Array.isArray(v) ? v : [];
  try {
    const parsed: unknown = JSON.parse(v);
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-no-secrets-in-app-config",
  clauses: ["O-8.2"],
  severity: "high",
  family: "H",
  scope: "core",
  description: {
    fr: "Les variables d'environnement Lambda et ECS ne contiennent pas de secrets en clair : elles référencent Secrets Manager / SSM",
    en: "Lambda and ECS environment variables hold no plaintext secrets: they reference Secrets Manager / SSM",
  },
  remediation: {
    fr: "ECS : `secrets[].valueFrom` (ARN Secrets Manager/SSM) ; Lambda : passer l'ARN du secret (`…_SECRET_ARN`) et le lire à l'exécution",
    en: "ECS: `secrets[].valueFrom` (Secrets Manager/SSM ARN); Lambda: pass the secret's ARN (`…_SECRET_ARN`) and read it at run time",
  },
  types: ["aws:lambda/function:Function", "aws:ecs/taskDefinition:TaskDefinition"],
  check(r) {
    const out: Violation[] = [];
    if (r.type === "aws:lambda/function:Function") {
      const vars = get(r.props, "environment.variables");
      if (isBag(vars)) {
        for (const [k, v] of Object.entries(vars)) {
          const reason = plaintextSecretReason(k, v);
          if (reason) out.push(finding("variable `environment.variables`", k, reason));
        }
      }
      return out;
    }
    // containerDefinitions is a JSON string; an unknown one cannot be inspected (it is built from outputs).
    if (isUnknown(r.props.containerDefinitions)) return [];
    for (const c of containerDefinitions(r.props.containerDefinitions)) {
      if (!isBag(c)) continue;
      for (const e of bags(c.environment)) {
        const name = str(e.name) ?? "?";
        const reason = plaintextSecretReason(name, e.value);
        if (reason) out.push(finding(`conteneur/container ${str(c.name) ?? "?"} \`environment\``, name, reason));
      }
    }
    return out;
  },
};
