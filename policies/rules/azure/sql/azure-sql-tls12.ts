import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { isUnknown } from "../../../core/unknown";
import { shown, unknownAt } from "../lib/messages";

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-sql-tls12",
  clauses: ["O-8.1"],
  severity: "high",
  family: "B",
  scope: "core",
  description: {
    fr: "Les serveurs Azure SQL imposent TLS 1.2 au minimum",
    en: "Azure SQL servers enforce TLS 1.2 at least",
  },
  remediation: {
    fr: "Fixer `minimalTlsVersion: \"1.2\"` (ou \"1.3\") ; l'absence et \"None\" acceptent TLS 1.0",
    en: "Set `minimalTlsVersion: \"1.2\"` (or \"1.3\"); absent and \"None\" accept TLS 1.0",
  },
  types: ["azure-native:sql:Server"],
  check(r) {
    const v = r.props.minimalTlsVersion;
    if (isUnknown(v)) return [unknownAt("minimalTlsVersion", { fr: "la version TLS minimale", en: "the minimum TLS version" })];
    if (v === "1.2" || v === "1.3") return [];
    return [violation(`\`minimalTlsVersion\` = ${shown(v)} : TLS 1.0/1.1 acceptés, TLS 1.2 minimum requis`, `\`minimalTlsVersion\` = ${shown(v)}: TLS 1.0/1.1 accepted, TLS 1.2 at least is required`)];
  },
};
