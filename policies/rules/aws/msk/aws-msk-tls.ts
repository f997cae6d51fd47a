import type { ResourceRule } from "../../../core/rule";
import { violation, type Violation } from "../../../core/rule";
import { bool, get, str } from "../../../core/props";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-msk-tls",
  clauses: ["O-8.1"],
  severity: "high",
  basis: { kind: "practice" },
  family: "B",
  scope: "core",
  description: {
    fr: "Les clusters MSK chiffrent en TLS les échanges clients-brokers et entre brokers",
    en: "MSK clusters encrypt client-broker and inter-broker traffic with TLS",
  },
  remediation: {
    fr: "`encryptionInfo.encryptionInTransit: {clientBroker: \"TLS\", inCluster: true}` (valeurs par défaut)",
    en: "`encryptionInfo.encryptionInTransit: {clientBroker: \"TLS\", inCluster: true}` (the defaults)",
  },
  types: ["aws:msk/cluster:Cluster"],
  check(r) {
    const out: Violation[] = [];
    const t = get(r.props, "encryptionInfo.encryptionInTransit");
    // Absent values take the secure defaults (TLS, true).
    const cb = str(get(t, "clientBroker"));
    if (cb !== undefined && cb.toUpperCase() !== "TLS") out.push(violation(`\`encryptionInfo.encryptionInTransit.clientBroker\` = ${cb}`, `\`encryptionInfo.encryptionInTransit.clientBroker\` = ${cb}`));
    if (bool(get(t, "inCluster")) === false) out.push(violation("`encryptionInfo.encryptionInTransit.inCluster` = false", "`encryptionInfo.encryptionInTransit.inCluster` = false"));
    return out;
  },
};
