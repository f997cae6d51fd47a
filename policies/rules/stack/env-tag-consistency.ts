import { violation, type StackRule, type Violation } from "../../core/rule";
import { isUnknown, unverified } from "../../core/unknown";
import { AWS_STATEFUL_TYPES, AZURE_STATEFUL_TYPES, isCloudResource, ref } from "./lib/links";

/** Taggable without a schema: a `tags` input, a located Azure resource, or a data store. */
function taggable(r: { type: string; props: Record<string, unknown> }): boolean {
  if (!isCloudResource(r.type)) return false;
  if ("tags" in r.props || "tagsAll" in r.props) return true;
  if (r.type.startsWith("azure-native:") && "location" in r.props) return true;
  return (AWS_STATEFUL_TYPES as readonly string[]).includes(r.type) || (AZURE_STATEFUL_TYPES as readonly string[]).includes(r.type);
}

export const rule: StackRule = {
  kind: "stack",
  name: "env-tag-consistency",
  clauses: ["O-12.5.11"],
  severity: "high",
  basis: { kind: "practice" },
  family: "E",
  scope: "dev-provider",
  description: {
    fr: "Chaque ressource porte l'étiquette d'environnement de sa pile (prod, recette, dev…)",
    en: "Every resource carries its stack's environment tag (prod, preprod, dev…)",
  },
  remediation: {
    fr: "Poser l'étiquette d'environnement du profil (par défaut `environment`) avec le nom de l'environnement de la pile, par ex. via defaultTags du provider AWS",
    en: "Set the profile's environment tag (default `environment`) to the stack's environment name, e.g. through the AWS provider's defaultTags",
  },
  check(resources, ctx) {
    const env = ctx.environment;
    // A stack matching no environment is reported by env-distinct-stacks.
    if (!env) return [];
    const key = ctx.profile.tags.environment;
    const out: Violation[] = [];
    for (const r of resources.filter(taggable)) {
      const tags = r.tags;
      const k = Object.keys(tags).find((t) => t.toLowerCase() === key.toLowerCase());
      if (k === undefined) {
        out.push(isUnknown(r.props.tags)
          ? unverified("tags", ref(r))
          : violation(`${r.name} sans étiquette « ${key} » (attendu ${env.name})`, `${r.name} has no "${key}" tag (expected ${env.name})`, ref(r)));
      } else if (tags[k].toLowerCase() !== env.name.toLowerCase()) {
        out.push(violation(`${r.name} : étiquette ${key}=${tags[k]} dans une pile de l'environnement ${env.name}`, `${r.name}: tag ${key}=${tags[k]} in a stack of environment ${env.name}`, ref(r)));
      }
    }
    return out;
  },
};
