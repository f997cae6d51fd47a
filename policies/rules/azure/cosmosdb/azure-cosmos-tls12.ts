import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { eqi } from "../../../core/props";
import { isUnknown, unverified } from "../../../core/unknown";
import { shown } from "../lib/messages";
import { providerDefault } from "../../../core/provider-defaults";

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-cosmos-tls12",
  clauses: ["O-8.1", "O-8.2"],
  severity: "high",
  basis: { kind: "clause", text: "Les données utiles à l'authentification doivent être chiffrées lors de leur communication et de leur stockage" },
  family: "B",
  scope: "core",
  description: {
    fr: "Les comptes Cosmos DB imposent TLS 1.2",
    en: "Cosmos DB accounts enforce TLS 1.2",
  },
  remediation: {
    fr: "Fixer `minimalTlsVersion: \"Tls12\"` ou l'omettre (Tls12 par défaut) ; jamais \"Tls\" ni \"Tls11\"",
    en: "Set `minimalTlsVersion: \"Tls12\"` or omit it (Tls12 by default); never \"Tls\" nor \"Tls11\"",
  },
  types: ["azure-native:cosmosdb:DatabaseAccount"],
  check(r) {
    const v = r.props.minimalTlsVersion;
    if (isUnknown(v)) return [unverified("minimalTlsVersion")];
    // Absent: the service default (provider-defaults.ts).
    if (eqi(v === undefined ? providerDefault("azure.cosmos.minimalTls") : v, "Tls12")) return [];
    return [violation(`\`minimalTlsVersion\` = ${shown(v)} : TLS 1.2 requis (\"Tls12\")`, `\`minimalTlsVersion\` = ${shown(v)}: TLS 1.2 is required ("Tls12")`)];
  },
};
