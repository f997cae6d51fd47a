import { defaultHolds } from "../../../core/provider-defaults";
import type { ResourceRule, Violation } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { isUnknown, unverified } from "../../../core/unknown";

const TLS_OK = ["tls1_2", "tls1_3"];

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-storage-tls12",
  clauses: ["O-8.1"],
  severity: "high",
  basis: { kind: "clause", text: "l'usage du TLS 1.2 ou plus est impératif" },
  family: "B",
  scope: "core",
  description: {
    fr: "Les comptes de stockage n'acceptent que HTTPS avec TLS 1.2 au minimum",
    en: "Storage accounts accept HTTPS only, with TLS 1.2 at least",
  },
  remediation: {
    fr: "Ne pas fixer `minimumTlsVersion` en dessous de \"TLS1_2\" (Azure Storage refuse TLS 1.0/1.1 depuis le 3 février 2026) et ne pas mettre `enableHttpsTrafficOnly: false`",
    en: "Do not set `minimumTlsVersion` below \"TLS1_2\" (Azure Storage refuses TLS 1.0/1.1 since 3 February 2026) and do not set `enableHttpsTrafficOnly: false`",
  },
  types: ["azure-native:storage:StorageAccount"],
  check(r, ctx) {
    const out: Violation[] = [];
    const tls = r.props.minimumTlsVersion;
    if (isUnknown(tls)) out.push(unverified("minimumTlsVersion"));
    else if (tls === undefined && !defaultHolds("azure.storage.minimumTls", ctx.now)) out.push(violation("`minimumTlsVersion` absent : la valeur par défaut de l'API est TLS1_0", "`minimumTlsVersion` absent: the API default is TLS1_0"));
    else if (tls !== undefined && (typeof tls !== "string" || !TLS_OK.includes(tls.toLowerCase()))) out.push(violation(`\`minimumTlsVersion\` = ${String(tls)} : TLS 1.2 minimum requis`, `\`minimumTlsVersion\` = ${String(tls)}: TLS 1.2 at least is required`));
    const https = r.props.enableHttpsTrafficOnly;
    if (isUnknown(https)) out.push(unverified("enableHttpsTrafficOnly"));
    // Absent means true (API default since 2019-04-01).
    else if (https === false || https === "false") out.push(violation("`enableHttpsTrafficOnly` = false : HTTP en clair accepté", "`enableHttpsTrafficOnly` = false: plaintext HTTP is accepted"));
    return out;
  },
};
