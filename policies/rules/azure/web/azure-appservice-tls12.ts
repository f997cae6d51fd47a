import type { ResourceRule, Violation } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { bool, get } from "../../../core/props";
import { isUnknown, unverified } from "../../../core/unknown";
import { shown } from "../lib/messages";
import { providerDefault } from "../../../core/provider-defaults";

const TLS_OK = ["1.2", "1.3"];

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-appservice-tls12",
  clauses: ["O-8.1"],
  severity: "high",
  basis: { kind: "clause", text: "l'usage du TLS 1.2 ou plus est impératif" },
  family: "B",
  scope: "core",
  description: {
    fr: "Les applications App Service n'acceptent que HTTPS avec TLS 1.2 au minimum (site et SCM), sans FTP en clair",
    en: "App Service apps accept HTTPS only, with TLS 1.2 at least (site and SCM), and no plaintext FTP",
  },
  remediation: {
    fr: "Fixer `httpsOnly: true`, `siteConfig.minTlsVersion` et `siteConfig.scmMinTlsVersion` à \"1.2\" ou \"1.3\", `siteConfig.ftpsState` à \"Disabled\" ou \"FtpsOnly\"",
    en: "Set `httpsOnly: true`, `siteConfig.minTlsVersion` and `siteConfig.scmMinTlsVersion` to \"1.2\" or \"1.3\", `siteConfig.ftpsState` to \"Disabled\" or \"FtpsOnly\"",
  },
  types: ["azure-native:web:WebApp", "azure-native:web:WebAppSlot"],
  check(r) {
    const out: Violation[] = [];
    // Absent settings take the platform defaults (provider-defaults.ts).
    const httpsDefault = providerDefault("azure.web.httpsOnly");
    const https = r.props.httpsOnly;
    if (isUnknown(https)) out.push(unverified("httpsOnly"));
    else if ((https === undefined ? httpsDefault : bool(https)) !== true) out.push(violation(`\`httpsOnly\` = ${shown(https)} : HTTP en clair accepté (défaut ${String(httpsDefault)})`, `\`httpsOnly\` = ${shown(https)}: plaintext HTTP is accepted (default ${String(httpsDefault)})`));
    for (const p of ["siteConfig.minTlsVersion", "siteConfig.scmMinTlsVersion"]) {
      const set = get(r.props, p);
      if (isUnknown(set)) out.push(unverified(p));
      const v = set === undefined ? providerDefault("azure.web.minTlsVersion") : set;
      if (!isUnknown(v) && !(typeof v === "string" && TLS_OK.includes(v))) out.push(violation(`\`${p}\` = ${shown(set)} : TLS 1.2 minimum requis`, `\`${p}\` = ${shown(set)}: TLS 1.2 at least is required`));
    }
    const ftpsDefault = providerDefault("azure.web.ftpsState");
    const set = get(r.props, "siteConfig.ftpsState");
    const ftps = set === undefined ? ftpsDefault : set;
    if (isUnknown(ftps)) out.push(unverified("siteConfig.ftpsState"));
    else if (!(typeof ftps === "string" && ["disabled", "ftpsonly"].includes(ftps.toLowerCase()))) {
      out.push(violation(`\`siteConfig.ftpsState\` = ${shown(set)} : FTP en clair autorisé (défaut ${ftpsDefault} ; seuls Disabled et FtpsOnly sont admis)`, `\`siteConfig.ftpsState\` = ${shown(set)}: plaintext FTP allowed (default ${ftpsDefault}; only Disabled and FtpsOnly are accepted)`));
    }
    return out;
  },
};
