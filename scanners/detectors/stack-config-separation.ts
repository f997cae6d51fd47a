// T2-E1 — O-12.5.11 / O-12.5.3: stack configs keep environments apart (prod ids only in prod stacks).
import { globMatch } from "../../policies/core/glob";
import type { EnvironmentDef } from "../../policies/core/profile";
import type { GateHit } from "./lib/context";
import { defineDetector } from "./lib/define";
import { LineIndex } from "./lib/lines";
import { inNodeModules, isFixturePath } from "./lib/paths";
import { configLeaves, stackNameOf } from "./lib/pulumi-config";

export function environmentOf(stack: string, envs: Record<string, EnvironmentDef>): [string, EnvironmentDef] | undefined {
  return Object.entries(envs).find(([, e]) => e.stacks.some((p) => globMatch(p, stack)));
}

const asList = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v === undefined || v === null ? [] : [String(v)]);

export const stackConfigSeparation = defineDetector(
  {
    name: "stack-config-separation",
    row: "T2-E1",
    clauses: ["O-12.5.11", "O-12.5.3"],
    severity: "critical",
    basis: { kind: "profile", key: "environments" },
    description: {
      fr: "Les stacks de production ciblent les comptes/abonnements de production déclarés ; les autres stacks ne contiennent aucun identifiant de production.",
      en: "Production stacks target the declared production accounts/subscriptions; other stacks contain no production identifier.",
    },
    remediation: {
      fr: "Séparer les configurations : identifiants de production uniquement dans Pulumi.<prod>.yaml, et `aws:allowedAccountIds` / `azure-native:subscriptionId` alignés sur le profil.",
      en: "Separate the configurations: production ids only in Pulumi.<prod>.yaml, and `aws:allowedAccountIds` / `azure-native:subscriptionId` matching the profile.",
    },
  },
  (path) => !!stackNameOf(path) && !inNodeModules(path) && !isFixturePath(path),
  (file, ctx) => {
    const stack = stackNameOf(file.path)!;
    const envs = ctx.profile.environments;
    const env = environmentOf(stack, envs);
    const hits: GateHit[] = [];
    if (env?.[1].production) {
      const [, e] = env;
      for (const l of configLeaves(file.text) ?? []) {
        if (l.key === "aws:allowedAccountIds" && e.awsAccounts.length) {
          for (const id of asList(l.value)) if (!e.awsAccounts.includes(id)) hits.push({ line: l.line, secret: id, message: { fr: "compte AWS autorisé hors des comptes de production déclarés", en: "allowed AWS account outside the declared production accounts" } });
        }
        if (l.key === "azure-native:subscriptionId" && e.azureSubscriptions.length) {
          for (const id of asList(l.value)) if (!e.azureSubscriptions.some((s) => s.toLowerCase() === id.toLowerCase())) hits.push({ line: l.line, secret: id, message: { fr: "abonnement Azure hors des abonnements de production déclarés", en: "Azure subscription outside the declared production subscriptions" } });
        }
      }
      return hits;
    }
    const prod = Object.values(envs).filter((e) => e.production);
    const idx = new LineIndex(file.text);
    for (const id of new Set(prod.flatMap((e) => e.awsAccounts))) {
      for (const m of file.text.matchAll(new RegExp(`(?<!\\d)${id}(?!\\d)`, "g"))) {
        hits.push({ line: idx.lineAt(m.index), secret: id, message: { fr: `stack ${env ? "hors production" : "non rattachée à un environnement"} contenant un compte AWS de production`, en: `${env ? "non-production" : "unmapped"} stack containing a production AWS account` } });
      }
    }
    for (const id of new Set(prod.flatMap((e) => e.azureSubscriptions.map((s) => s.toLowerCase())))) {
      for (const m of file.text.matchAll(new RegExp(id.replace(/-/g, "-?"), "gi"))) {
        hits.push({ line: idx.lineAt(m.index), secret: m[0], message: { fr: `stack ${env ? "hors production" : "non rattachée à un environnement"} contenant un abonnement Azure de production`, en: `${env ? "non-production" : "unmapped"} stack containing a production Azure subscription` } });
      }
    }
    return hits;
  },
);
