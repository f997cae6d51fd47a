import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { arr, bags, bool, eqi } from "../../../core/props";
import { shown } from "../lib/messages";

const CPS_TAG = "clausier:auth";

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-mtls-cps-truststore",
  clauses: ["O-12.3.5"],
  severity: "low",
  basis: { kind: "practice" },
  family: "H",
  scope: "saas",
  description: {
    fr: "Les points d'accès déclarés pour l'authentification par carte CPS (`clausier:auth=cps`) exigent un certificat client (mTLS)",
    en: "Endpoints declared for CPS smart-card authentication (`clausier:auth=cps`) require a client certificate (mTLS)",
  },
  remediation: {
    fr: "App Service : `clientCertEnabled: true` et `clientCertMode: \"Required\"` ; Application Gateway : un `sslProfiles[]` avec `trustedClientCertificates` (AC de l'IGC Santé)",
    en: "App Service: `clientCertEnabled: true` and `clientCertMode: \"Required\"`; Application Gateway: an `sslProfiles[]` entry with `trustedClientCertificates` (IGC Santé CAs)",
  },
  types: ["azure-native:web:WebApp", "azure-native:web:WebAppSlot", "azure-native:network:ApplicationGateway"],
  check(r) {
    if (!eqi(r.tags[CPS_TAG], "cps")) return [];
    if (r.type === "azure-native:network:ApplicationGateway") {
      if (bags(r.props.sslProfiles).some((p) => arr(p.trustedClientCertificates).length > 0)) return [];
      return [violation("aucun `sslProfiles[].trustedClientCertificates` : pas d'authentification mutuelle TLS pour la CPS", "no `sslProfiles[].trustedClientCertificates`: no mutual TLS authentication for the CPS")];
    }
    const enabled = r.props.clientCertEnabled;
    const mode = r.props.clientCertMode;
    // clientCertMode defaults to Required once client certificates are enabled.
    if (bool(enabled) === true && (mode === undefined || eqi(mode, "Required"))) return [];
    return [violation(`\`clientCertEnabled\` = ${shown(enabled)}, \`clientCertMode\` = ${shown(mode)} : certificat client non exigé`, `\`clientCertEnabled\` = ${shown(enabled)}, \`clientCertMode\` = ${shown(mode)}: client certificate not required`)];
  },
};
