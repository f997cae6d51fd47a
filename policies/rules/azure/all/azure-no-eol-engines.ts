import type { ResourceRule, Violation } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { get } from "../../../core/props";
import { isUnknown } from "../../../core/unknown";
import { unknownAt } from "../lib/messages";
import { AZURE_MIN_VERSIONS, MIN_VERSIONS_AS_OF, olderThan, parseVersion, type Engine } from "../lib/min-versions";

/** linuxFxVersion / windowsFxVersion stacks ("NODE|20-lts") → engine. */
const FX_STACKS: Record<string, Engine> = {
  node: "node", python: "python", php: "php", dotnetcore: "dotnet", dotnet: "dotnet", "dotnet-isolated": "dotnet", java: "java",
};

/** [path, engine, raw value] to check for one resource. */
function versions(type: string, props: Record<string, unknown>): Array<[string, Engine, unknown]> {
  if (type === "azure-native:containerservice:ManagedCluster") return [["kubernetesVersion", "kubernetes", props.kubernetesVersion]];
  if (type === "azure-native:dbforpostgresql:Server") return [["version", "postgresql", props.version]];
  if (type === "azure-native:dbformysql:Server") return [["version", "mysql", props.version]];
  const out: Array<[string, Engine, unknown]> = [];
  for (const p of ["siteConfig.linuxFxVersion", "siteConfig.windowsFxVersion"]) {
    const fx = get(props, p);
    if (isUnknown(fx)) { out.push([p, "node", fx]); continue; }
    if (typeof fx !== "string" || !fx.includes("|")) continue;
    const [stack, ver] = fx.split("|", 2);
    const engine = FX_STACKS[stack.toLowerCase()];
    if (engine) out.push([p, engine, ver]);
  }
  out.push(["siteConfig.nodeVersion", "node", get(props, "siteConfig.nodeVersion")]);
  out.push(["siteConfig.phpVersion", "php", get(props, "siteConfig.phpVersion")]);
  out.push(["siteConfig.pythonVersion", "python", get(props, "siteConfig.pythonVersion")]);
  out.push(["siteConfig.javaVersion", "java", get(props, "siteConfig.javaVersion")]);
  const net = get(props, "siteConfig.netFrameworkVersion");
  // v4.x is the .NET Framework, supported with its Windows host; v5+ is .NET (Core).
  if (!(typeof net === "string" && /^v?4\./i.test(net))) out.push(["siteConfig.netFrameworkVersion", "dotnet", net]);
  return out;
}

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-no-eol-engines",
  clauses: ["O-3.10"],
  severity: "high",
  family: "K",
  scope: "core",
  description: {
    fr: `Les versions de Kubernetes, PostgreSQL, MySQL et des environnements App Service sont maintenues (table au ${MIN_VERSIONS_AS_OF})`,
    en: `Kubernetes, PostgreSQL, MySQL and App Service runtime versions are maintained (table as of ${MIN_VERSIONS_AS_OF})`,
  },
  remediation: {
    fr: "Monter la version au minimum maintenu de policies/rules/azure/lib/min-versions.ts (ou plus récent)",
    en: "Upgrade to the maintained minimum in policies/rules/azure/lib/min-versions.ts (or newer)",
  },
  types: [
    "azure-native:containerservice:ManagedCluster", "azure-native:dbforpostgresql:Server", "azure-native:dbformysql:Server",
    "azure-native:web:WebApp", "azure-native:web:WebAppSlot",
  ],
  check(r) {
    const out: Violation[] = [];
    for (const [path, engine, raw] of versions(r.type, r.props)) {
      if (isUnknown(raw)) { out.push(unknownAt(path, { fr: "la version", en: "the version" })); continue; }
      // Absent: the service picks its current default version.
      if (typeof raw !== "string") continue;
      const v = parseVersion(raw);
      const { min, why } = AZURE_MIN_VERSIONS[engine];
      if (v && olderThan(v, min)) out.push(violation(`\`${path}\` = "${raw}" : ${engine} antérieur à ${min} (${why})`, `\`${path}\` = "${raw}": ${engine} older than ${min} (${why})`));
    }
    return out;
  },
};
