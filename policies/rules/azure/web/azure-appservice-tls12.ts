import type { ResourceRule, Violation } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { bool, get } from "../../../core/props";
import { isUnknown, unverified } from "../../../core/unknown";
import { shown } from "../lib/messages";

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
    const https = r.props.httpsOnly;
    if (isUnknown(https)) out.push(unverified("httpsOnly"));
    else if (bool(https) !== true) out.push(violation(`\`httpsOnly\` = ${shown(https)} : HTTP en clair accepté (défaut false)`, `\`httpsOnly\` = ${shown(https)}: plaintext HTTP is accepted (default false)`));
    for (const p of ["siteConfig.minTlsVersion", "siteConfig.scmMinTlsVersion"]) {
      const v = get(r.props, p);
      if (isUnknown(v)) out.push(unverified(p));
      // Absent: the platform default is 1.2 for every app since 2019; only explicit values can lower it.
      else if (v !== undefined && !(typeof v === "string" && TLS_OK.includes(v))) out.push(violation(`\`${p}\` = ${shown(v)} : TLS 1.2 minimum requis`, `\`${p}\` = ${shown(v)}: TLS 1.2 at least is required`));
    }
    const ftps = get(r.props, "siteConfig.ftpsState");
    if (isUnknown(ftps)) out.push(unverified("siteConfig.ftpsState"));
    // Absent means AllAllowed (plain FTP) for apps created through ARM.
    else if (!(typeof ftps === "string" && ["disabled", "ftpsonly"].includes(ftps.toLowerCase()))) {
      out.push(violation(`\`siteConfig.ftpsState\` = ${shown(ftps)} : FTP en clair autorisé (seuls Disabled et FtpsOnly sont admis)`, `\`siteConfig.ftpsState\` = ${shown(ftps)}: plaintext FTP allowed (only Disabled and FtpsOnly are accepted)`));
    }
    return out;
  },
};
