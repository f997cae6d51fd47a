import { walkStrings } from "../../core/props";
import { violation, type ResourceRule, type Violation } from "../../core/rule";
import { foreignEnvironment, parseArn } from "./lib/links";

export const rule: ResourceRule = {
  kind: "resource",
  name: "env-no-cross-env-references",
  clauses: ["O-12.5.11"],
  severity: "high",
  basis: { kind: "clause", text: "l'environnement de développement est bien distinct et cloisonné" },
  family: "E",
  scope: "dev-provider",
  description: {
    fr: "Aucune ressource ne référence (ARN, clé KMS, rôle, sujet…) un compte AWS d'un autre environnement",
    en: "No resource references (ARN, KMS key, role, topic…) an AWS account of another environment",
  },
  remediation: {
    fr: "Remplacer la référence par la ressource équivalente du compte de l'environnement de la pile",
    en: "Replace the reference with the equivalent resource in the stack environment's account",
  },
  types: ["aws:*", "azure-native:*"],
  check(r, ctx) {
    const out: Violation[] = [];
    const seen = new Set<string>();
    for (const [path, s] of walkStrings(r.props)) {
      const arn = parseArn(s);
      if (!arn?.account || seen.has(arn.account)) continue;
      const env = foreignEnvironment(arn.account, "aws", ctx);
      if (!env) continue;
      seen.add(arn.account);
      out.push(violation(`${path} référence le compte ${arn.account} de l'environnement ${env} (${s})`, `${path} references account ${arn.account} of environment ${env} (${s})`));
    }
    return out;
  },
};
