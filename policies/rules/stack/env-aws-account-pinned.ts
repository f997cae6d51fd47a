import { bags, str, strs } from "../../core/props";
import { violation, type StackRule, type Violation } from "../../core/rule";
import { isUnknown, unverified } from "../../core/unknown";
import { foreignEnvironment, isCloudResource, jsonish, parseArn, providersOf } from "./lib/links";

export const rule: StackRule = {
  kind: "stack",
  name: "env-aws-account-pinned",
  clauses: ["O-12.5.11"],
  severity: "critical",
  basis: { kind: "profile", key: "environments.*.awsAccounts" },
  family: "E",
  scope: "dev-provider",
  description: {
    fr: "Chaque provider AWS est épinglé (allowedAccountIds) sur les seuls comptes de l'environnement de la pile",
    en: "Every AWS provider is pinned (allowedAccountIds) to the accounts of the stack's environment only",
  },
  remediation: {
    fr: "Fixer aws:allowedAccountIds (config de pile ou provider explicite) sur les comptes de l'environnement déclarés dans le profil ; les rôles assumés doivent appartenir à ces comptes",
    en: "Set aws:allowedAccountIds (stack config or explicit provider) to the environment's accounts declared in the profile; assumed roles must belong to those accounts",
  },
  check(resources, ctx) {
    const out: Violation[] = [];
    const envAccounts = ctx.environment?.def.awsAccounts ?? [];
    const envName = ctx.environment?.name ?? "?";
    const providers = providersOf(resources, "aws");
    for (const p of providers) {
      const at = { urn: p.urn, type: p.type, name: p.name };
      const say = (fr: string, en: string) => out.push(violation(`provider ${p.name} : ${fr}`, `provider ${p.name}: ${en}`, at));
      const raw = jsonish(p.props.allowedAccountIds);
      const ids = strs(raw);
      if (isUnknown(raw)) out.push(unverified("allowedAccountIds", at));
      else if (!ids.length) say("allowedAccountIds absent : le déploiement peut viser n'importe quel compte", "allowedAccountIds missing: the deployment may target any account");
      for (const id of ids) {
        const foreign = foreignEnvironment(id, "aws", ctx);
        if (foreign) say(`compte ${id} de l'environnement ${foreign}`, `account ${id} belongs to environment ${foreign}`);
        else if (envAccounts.length && !envAccounts.includes(id)) say(`compte ${id} hors des comptes de l'environnement ${envName}`, `account ${id} is not an account of environment ${envName}`);
      }
      for (const role of bags(jsonish(p.props.assumeRoles))) {
        const arn = str(role.roleArn);
        const account = arn ? parseArn(arn)?.account : undefined;
        if (!account) continue;
        const foreign = foreignEnvironment(account, "aws", ctx);
        if (foreign) say(`rôle assumé ${arn} dans un compte de l'environnement ${foreign}`, `assumed role ${arn} is in an account of environment ${foreign}`);
        else if (envAccounts.length && !envAccounts.includes(account)) say(`rôle assumé ${arn} hors des comptes de l'environnement ${envName}`, `assumed role ${arn} is outside the accounts of environment ${envName}`);
      }
    }
    if (!providers.length && resources.some((r) => r.type.startsWith("aws:") && isCloudResource(r.type))) {
      out.push(violation("ressources AWS sans provider visible : compte non épinglé", "AWS resources without a visible provider: account not pinned", null));
    }
    return out;
  },
};
