import type { ResourceRule, Violation } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { arr, bags, bool, eqi, get } from "../../../core/props";
import { cidrWithin, isOpenSource } from "../../../core/network";
import { isUnknown, unverified } from "../../../core/unknown";
import { shown } from "../lib/messages";

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-appservice-scm-restricted",
  clauses: ["O-5.3"],
  severity: "high",
  basis: { kind: "clause", text: "filtrage IP pour les solutions en mode SaaS" },
  family: "D",
  scope: "core",
  description: {
    fr: "Le site SCM/Kudu (interface d'administration App Service) n'est joignable que depuis les plages d'administration et le débogage distant est coupé",
    en: "The SCM/Kudu site (the App Service administration interface) is reachable only from the administration ranges, and remote debugging is off",
  },
  remediation: {
    fr: "Fixer `siteConfig.scmIpSecurityRestrictionsDefaultAction: \"Deny\"` avec des règles Allow ⊆ `adminCidrs` (ou `publicNetworkAccess: \"Disabled\"`), et `siteConfig.remoteDebuggingEnabled: false`",
    en: "Set `siteConfig.scmIpSecurityRestrictionsDefaultAction: \"Deny\"` with Allow rules ⊆ `adminCidrs` (or `publicNetworkAccess: \"Disabled\"`), and `siteConfig.remoteDebuggingEnabled: false`",
  },
  types: ["azure-native:web:WebApp", "azure-native:web:WebAppSlot"],
  check(r, ctx) {
    const out: Violation[] = [];
    const dbg = get(r.props, "siteConfig.remoteDebuggingEnabled");
    if (isUnknown(dbg)) out.push(unverified("siteConfig.remoteDebuggingEnabled"));
    else if (bool(dbg) === true) out.push(violation("`siteConfig.remoteDebuggingEnabled` = true : débogage distant ouvert", "`siteConfig.remoteDebuggingEnabled` = true: remote debugging open"));
    const pna = r.props.publicNetworkAccess;
    if (eqi(pna, "Disabled")) return out;
    const useMain = get(r.props, "siteConfig.scmIpSecurityRestrictionsUseMain");
    const main = bool(useMain) === true;
    const listPath = main ? "siteConfig.ipSecurityRestrictions" : "siteConfig.scmIpSecurityRestrictions";
    const actionPath = main ? "siteConfig.ipSecurityRestrictionsDefaultAction" : "siteConfig.scmIpSecurityRestrictionsDefaultAction";
    const list = get(r.props, listPath);
    const action = get(r.props, actionPath);
    if ([pna, useMain, list, action].some(isUnknown) || arr(list).some(isUnknown)) {
      out.push(unverified(listPath));
      return out;
    }
    // Absent default action means Allow: everything not listed gets in.
    if (!eqi(action, "Deny")) {
      out.push(violation(`\`${actionPath}\` = ${shown(action)} : site SCM/Kudu joignable depuis tout Internet`, `\`${actionPath}\` = ${shown(action)}: SCM/Kudu site reachable from the whole internet`));
      return out;
    }
    for (const rule of bags(list)) {
      if (!(rule.action === undefined || eqi(rule.action, "Allow"))) continue;
      const ip = rule.ipAddress;
      // Subnet rules (vnetSubnetResourceId) stay inside the customer's network.
      if (typeof ip !== "string") continue;
      // A service tag (AzureCloud…) admits whole provider ranges, never an administration range.
      if (eqi(rule.tag, "ServiceTag") || isOpenSource(ip) || !cidrWithin(ip, ctx.profile.adminCidrs)) {
        out.push(violation(`\`${listPath}\` autorise ${ip} : hors de \`adminCidrs\``, `\`${listPath}\` allows ${ip}: outside \`adminCidrs\``));
      }
    }
    return out;
  },
};
