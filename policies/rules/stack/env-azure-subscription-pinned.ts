import { str, walkStrings } from "../../core/props";
import { violation, type StackRule, type Violation } from "../../core/rule";
import { isUnknown, unverified } from "../../core/unknown";
import { foreignEnvironment, providersOf, ref, subscriptionsIn } from "./lib/links";
import { CROSS_NETWORK_TYPES } from "./env-no-cross-env-network";

export const rule: StackRule = {
  kind: "stack",
  name: "env-azure-subscription-pinned",
  clauses: ["O-12.5.11"],
  severity: "critical",
  basis: { kind: "profile", key: "environments.*.azureSubscriptions" },
  family: "E",
  scope: "dev-provider",
  description: {
    fr: "Chaque provider azure-native est épinglé sur un abonnement de l'environnement, et aucune ressource ne référence l'abonnement d'un autre environnement",
    en: "Every azure-native provider is pinned to a subscription of the environment, and no resource references another environment's subscription",
  },
  remediation: {
    fr: "Fixer azure-native:subscriptionId sur un abonnement de l'environnement déclaré dans le profil ; ne pas référencer d'identifiant /subscriptions/<id>/ d'un autre environnement",
    en: "Set azure-native:subscriptionId to a subscription of the environment declared in the profile; do not reference /subscriptions/<id>/ ids of another environment",
  },
  check(resources, ctx) {
    const out: Violation[] = [];
    const envSubs = (ctx.environment?.def.azureSubscriptions ?? []).map((s) => s.toLowerCase());
    for (const p of providersOf(resources, "azure-native")) {
      const at = { urn: p.urn, type: p.type, name: p.name };
      const sub = p.props.subscriptionId;
      const id = str(sub)?.toLowerCase();
      const foreign = id ? foreignEnvironment(id, "azure", ctx) : undefined;
      if (isUnknown(sub)) out.push(unverified("subscriptionId", at));
      else if (!id) out.push(violation(`provider ${p.name} : subscriptionId absent (abonnement pris du contexte az CLI)`, `provider ${p.name}: subscriptionId missing (taken from the az CLI context)`, at));
      else if (foreign) out.push(violation(`provider ${p.name} : abonnement ${id} de l'environnement ${foreign}`, `provider ${p.name}: subscription ${id} belongs to environment ${foreign}`, at));
      else if (envSubs.length && !envSubs.includes(id)) out.push(violation(`provider ${p.name} : abonnement ${id} hors de l'environnement ${ctx.environment?.name}`, `provider ${p.name}: subscription ${id} is not in environment ${ctx.environment?.name}`, at));
    }
    for (const r of resources) {
      // Network links are env-no-cross-env-network's findings.
      if (r.type.startsWith("pulumi:providers:") || CROSS_NETWORK_TYPES.includes(r.type)) continue;
      const hits = new Map<string, string>();
      for (const [path, s] of walkStrings(r.props)) {
        for (const sub of subscriptionsIn(s)) {
          const env = foreignEnvironment(sub, "azure", ctx);
          if (env && !hits.has(sub)) hits.set(sub, `${path} → ${env}`);
        }
      }
      for (const [sub, where] of hits) {
        out.push(violation(`${r.name} référence l'abonnement ${sub} d'un autre environnement (${where})`, `${r.name} references subscription ${sub} of another environment (${where})`, ref(r)));
      }
    }
    return out;
  },
};
