import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { bool } from "../../../core/props";
import { isUnknown, unverified } from "../../../core/unknown";
import { shown } from "../lib/messages";

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-appservice-basic-publishing-credentials",
  clauses: ["O-5.3"],
  severity: "medium",
  basis: { kind: "practice" },
  family: "D",
  scope: "core",
  description: {
    fr: "Les identifiants de publication de base (SCM et FTP) des applications App Service sont désactivés",
    en: "Basic publishing credentials (SCM and FTP) of App Service apps are disabled",
  },
  remediation: {
    fr: "Déclarer `web:WebAppScmAllowed` et `web:WebAppFtpAllowed` (et leurs variantes Slot) avec `allow: false`",
    en: "Declare `web:WebAppScmAllowed` and `web:WebAppFtpAllowed` (and their Slot variants) with `allow: false`",
  },
  types: ["azure-native:web:WebAppScmAllowed", "azure-native:web:WebAppFtpAllowed", "azure-native:web:WebAppScmAllowedSlot", "azure-native:web:WebAppFtpAllowedSlot"],
  check(r) {
    const v = r.props.allow;
    if (isUnknown(v)) return [unverified("allow")];
    if (bool(v) === false) return [];
    return [violation(`\`allow\` = ${shown(v)} : authentification de base (identifiants partagés) autorisée`, `\`allow\` = ${shown(v)}: basic authentication (shared credentials) allowed`)];
  },
};
