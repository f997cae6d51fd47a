import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { bags, eqi, get } from "../../../core/props";

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-keyvault-key-rotation",
  clauses: ["O-8.3"],
  severity: "low",
  basis: { kind: "profile", key: "keys.rotationDays" },
  family: "C",
  scope: "core",
  description: {
    fr: "Les clés Key Vault ont une politique de rotation automatique",
    en: "Key Vault keys have an automatic rotation policy",
  },
  remediation: {
    fr: "Ajouter `properties.rotationPolicy.lifetimeActions` avec une action `{type: \"rotate\"}` et un déclencheur",
    en: "Add `properties.rotationPolicy.lifetimeActions` with a `{type: \"rotate\"}` action and a trigger",
  },
  types: ["azure-native:keyvault:Key"],
  check(r) {
    // Advisory: an unknown policy reads as none.
    const actions = bags(get(r.props, "properties.rotationPolicy.lifetimeActions"));
    if (actions.some((a) => eqi(get(a, "action.type"), "rotate"))) return [];
    return [violation("aucune action `rotate` dans `properties.rotationPolicy.lifetimeActions` : pas de rotation automatique", "no `rotate` action in `properties.rotationPolicy.lifetimeActions`: no automatic rotation")];
  },
};
