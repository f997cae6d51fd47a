import type { ResourceRule } from "../../../core/rule";
import type { Violation } from "../../../core/rule";
import { get, isBag } from "../../../core/props";
import { isUnknown, unverified } from "../../../core/unknown";
import { plaintextSecretReason, secretFinding } from "../lib/secrets";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-no-secrets-in-app-config",
  clauses: ["O-8.2"],
  severity: "high",
  basis: { kind: "clause", text: "Les données utiles à l'authentification doivent être chiffrées lors de leur communication et de leur stockage" },
  family: "H",
  scope: "core",
  description: {
    fr: "Les variables d'environnement Lambda ne contiennent pas de secrets en clair : elles référencent Secrets Manager / SSM",
    en: "Lambda environment variables hold no plaintext secrets: they reference Secrets Manager / SSM",
  },
  remediation: {
    fr: "Passer l'ARN du secret (`…_SECRET_ARN`) et le lire à l'exécution (Secrets Manager / SSM)",
    en: "Pass the secret's ARN (`…_SECRET_ARN`) and read it at run time (Secrets Manager / SSM)",
  },
  // ECS task definitions: aws-ecs-task-no-plaintext-secrets.
  types: ["aws:lambda/function:Function"],
  check(r) {
    const vars = get(r.props, "environment.variables");
    if (isUnknown(vars)) {
      return [unverified("environment.variables")];
    }
    const out: Violation[] = [];
    if (isBag(vars)) {
      for (const [k, v] of Object.entries(vars)) {
        const reason = plaintextSecretReason(k, v);
        if (reason) out.push(secretFinding("variable `environment.variables`", k, reason));
      }
    }
    return out;
  },
};
