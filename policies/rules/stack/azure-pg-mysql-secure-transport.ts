import { str } from "../../core/props";
import { violation, type StackRule, type Violation } from "../../core/rule";
import { isUnknown, unverified } from "../../core/unknown";
import { ref, refersTo } from "./lib/links";

const PAIRS = [
  { server: "azure-native:dbforpostgresql:Server", config: "azure-native:dbforpostgresql:Configuration" },
  { server: "azure-native:dbformysql:Server", config: "azure-native:dbformysql:Configuration" },
] as const;

const TLS_ORDER = ["tlsv1", "tlsv1.1", "tlsv1.2", "tlsv1.3"];

/** Why a configuration weakens TLS, or undefined. */
function weakness(name: string, value: string): [string, string] | undefined {
  const v = value.trim().toLowerCase();
  if (name === "require_secure_transport" && ["off", "0", "false"].includes(v)) return ["require_secure_transport = OFF", "require_secure_transport = OFF"];
  if (name === "ssl_min_protocol_version" && TLS_ORDER.indexOf(v) >= 0 && TLS_ORDER.indexOf(v) < 2) return [`ssl_min_protocol_version = ${value} (< TLSv1.2)`, `ssl_min_protocol_version = ${value} (< TLSv1.2)`];
  if (name === "tls_version") {
    const old = value.trim().split(/[,\s]+/).filter((x) => ["tlsv1", "tlsv1.1"].includes(x.toLowerCase()));
    if (old.length) return [`tls_version autorise ${old.join(", ")}`, `tls_version allows ${old.join(", ")}`];
  }
  return undefined;
}

const WATCHED = ["require_secure_transport", "ssl_min_protocol_version", "tls_version"];

export const rule: StackRule = {
  kind: "stack",
  name: "azure-pg-mysql-secure-transport",
  clauses: ["O-8.1", "O-8.2"],
  severity: "high",
  basis: { kind: "clause", text: "Les données utiles à l'authentification doivent être chiffrées lors de leur communication et de leur stockage" },
  family: "B",
  scope: "core",
  description: {
    fr: "Les serveurs Azure PostgreSQL/MySQL n'assouplissent pas TLS par leurs paramètres (require_secure_transport, TLS ≥ 1.2)",
    en: "Azure PostgreSQL/MySQL servers do not weaken TLS through their parameters (require_secure_transport, TLS ≥ 1.2)",
  },
  remediation: {
    fr: "Laisser require_secure_transport à ON, ssl_min_protocol_version à TLSv1.2 ou plus, tls_version limité à TLSv1.2,TLSv1.3",
    en: "Keep require_secure_transport ON, ssl_min_protocol_version at TLSv1.2 or above, tls_version limited to TLSv1.2,TLSv1.3",
  },
  check(resources) {
    const out: Violation[] = [];
    for (const pair of PAIRS) {
      const servers = resources.filter((r) => r.type === pair.server);
      for (const c of resources.filter((r) => r.type === pair.config)) {
        const name = (str(c.props.configurationName) ?? c.name).toLowerCase();
        if (!WATCHED.includes(name)) continue;
        const server = servers.find((s) => refersTo(c, "serverName", s, [str(s.props.serverName)]));
        const label = server ? `${server.name}/${name}` : name;
        if (isUnknown(c.props.value)) {
          out.push(unverified(`${label}.value`, ref(c)));
          continue;
        }
        const why = weakness(name, str(c.props.value) ?? "");
        if (why) out.push(violation(`${label} : ${why[0]}`, `${label}: ${why[1]}`, ref(c)));
      }
    }
    return out;
  },
};
