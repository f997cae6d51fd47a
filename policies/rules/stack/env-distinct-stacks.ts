import { violation, type StackRule, type Violation } from "../../core/rule";
import { isCloudResource } from "./lib/links";

export const rule: StackRule = {
  kind: "stack",
  name: "env-distinct-stacks",
  clauses: ["O-12.5.3"],
  severity: "high",
  basis: { kind: "clause", text: "développée et testée dans un environnement sécurisé, différent de la production" },
  family: "E",
  scope: "dev-provider",
  description: {
    fr: "Chaque pile appartient à un seul environnement déclaré, et production et hors-production ne partagent ni compte ni abonnement",
    en: "Each stack belongs to exactly one declared environment, and production and non-production share no account or subscription",
  },
  remediation: {
    fr: "Nommer la pile selon un motif `environments.<nom>.stacks` du profil, une pile par environnement, et des comptes/abonnements distincts pour la production",
    en: "Name the stack after an `environments.<name>.stacks` pattern of the profile, one stack per environment, and distinct accounts/subscriptions for production",
  },
  check(resources, ctx) {
    const out: Violation[] = [];
    // An empty stack has no URN to take its name from.
    if (!ctx.environment && ctx.stack) {
      out.push(violation(`la pile ${ctx.stack} ne correspond à aucun environnement du profil : séparation dev/prod non vérifiable`, `stack ${ctx.stack} matches no environment of the profile: dev/prod separation cannot be verified`, null));
    }
    const key = ctx.profile.tags.environment.toLowerCase();
    const values = new Set<string>();
    for (const r of resources.filter((x) => isCloudResource(x.type))) {
      for (const [k, v] of Object.entries(r.tags)) if (k.toLowerCase() === key) values.add(v.toLowerCase());
    }
    if (values.size > 1) {
      out.push(violation(`la pile mélange plusieurs environnements (${[...values].sort().join(", ")})`, `the stack mixes several environments (${[...values].sort().join(", ")})`, null));
    }
    const envs = Object.entries(ctx.profile.environments);
    for (const [kind, pick] of [["compte AWS / AWS account", (d: (typeof envs)[number][1]) => d.awsAccounts], ["abonnement / subscription", (d: (typeof envs)[number][1]) => d.azureSubscriptions]] as const) {
      for (const [prodName, prod] of envs.filter(([, d]) => d.production)) {
        for (const [otherName, other] of envs.filter(([, d]) => !d.production)) {
          const shared = pick(prod).filter((id) => pick(other).some((x) => x.toLowerCase() === id.toLowerCase()));
          if (shared.length) out.push(violation(`${kind} ${shared.join(", ")} partagé entre ${prodName} et ${otherName}`, `${kind} ${shared.join(", ")} shared by ${prodName} and ${otherName}`, null));
        }
      }
    }
    return out;
  },
};
