import type { ResourceRule, Violation } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { isUnknown } from "../../../core/unknown";
import { unknownAt } from "../lib/messages";

const TLS_OK = ["tls1_2", "tls1_3"];

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-storage-tls12",
  clauses: ["O-8.1"],
  severity: "high",
  family: "B",
  scope: "core",
  description: {
    fr: "Les comptes de stockage n'acceptent que HTTPS avec TLS 1.2 au minimum",
    en: "Storage accounts accept HTTPS only, with TLS 1.2 at least",
  },
  remediation: {
    fr: "Fixer `minimumTlsVersion: \"TLS1_2\"` (l'absence vaut TLS1_0 côté API) et ne pas mettre `enableHttpsTrafficOnly: false`",
    en: "Set `minimumTlsVersion: \"TLS1_2\"` (absent means TLS1_0 in the API) and do not set `enableHttpsTrafficOnly: false`",
  },
  types: ["azure-native:storage:StorageAccount"],
  check(r) {
    const out: Violation[] = [];
    const tls = r.props.minimumTlsVersion;
    if (isUnknown(tls)) out.push(unknownAt("minimumTlsVersion", { fr: "la version TLS minimale", en: "the minimum TLS version" }));
    else if (tls === undefined) out.push(violation("`minimumTlsVersion` absent : la valeur par défaut de l'API est TLS1_0", "`minimumTlsVersion` absent: the API default is TLS1_0"));
    else if (typeof tls !== "string" || !TLS_OK.includes(tls.toLowerCase())) out.push(violation(`\`minimumTlsVersion\` = ${String(tls)} : TLS 1.2 minimum requis`, `\`minimumTlsVersion\` = ${String(tls)}: TLS 1.2 at least is required`));
    const https = r.props.enableHttpsTrafficOnly;
    if (isUnknown(https)) out.push(unknownAt("enableHttpsTrafficOnly", { fr: "l'obligation HTTPS", en: "HTTPS-only" }));
    // Absent means true (API default since 2019-04-01).
    else if (https === false || https === "false") out.push(violation("`enableHttpsTrafficOnly` = false : HTTP en clair accepté", "`enableHttpsTrafficOnly` = false: plaintext HTTP is accepted"));
    return out;
  },
};
