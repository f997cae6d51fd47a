import { defaultHolds } from "../../../core/provider-defaults";
import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { isUnknown, unverified } from "../../../core/unknown";
import { shown } from "../lib/messages";

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-sql-tls12",
  clauses: ["O-8.1", "O-8.2"],
  severity: "high",
  basis: { kind: "clause", text: "Les données utiles à l'authentification doivent être chiffrées lors de leur communication et de leur stockage" },
  family: "B",
  scope: "core",
  description: {
    fr: "Les serveurs Azure SQL imposent TLS 1.2 au minimum",
    en: "Azure SQL servers enforce TLS 1.2 at least",
  },
  remediation: {
    fr: "Fixer `minimalTlsVersion: \"1.2\"` (ou \"1.3\"), ou l'omettre (1.2 par défaut côté service depuis juillet 2026) ; jamais \"None\", \"1.0\" ni \"1.1\"",
    en: "Set `minimalTlsVersion: \"1.2\"` (or \"1.3\"), or omit it (1.2 by default on the service side since July 2026); never \"None\", \"1.0\" nor \"1.1\"",
  },
  types: ["azure-native:sql:Server"],
  check(r, ctx) {
    const v = r.props.minimalTlsVersion;
    if (isUnknown(v)) return [unverified("minimalTlsVersion")];
    if (v === "1.2" || v === "1.3") return [];
    // Absent: the service applies its own minimum from the date it holds (provider-defaults.ts).
    if (v === undefined && defaultHolds("azure.sql.minimalTls", ctx.now)) return [];
    return [violation(`\`minimalTlsVersion\` = ${shown(v)} : TLS 1.0/1.1 acceptés, TLS 1.2 minimum requis`, `\`minimalTlsVersion\` = ${shown(v)}: TLS 1.0/1.1 accepted, TLS 1.2 at least is required`)];
  },
};
