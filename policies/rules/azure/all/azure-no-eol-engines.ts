import type { ResourceRule, Violation } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { bags, get, isBag, str, type Bag } from "../../../core/props";
import { isUnknown, unverified } from "../../../core/unknown";
import { obsoleteRuntime, RUNTIME_EOL_REVIEWED, type RuntimeEngine } from "../../common/lib/runtime-eol";
import { AZURE_MIN_VERSIONS, MIN_VERSIONS_AS_OF, olderThan, parseVersion, type Engine } from "../lib/min-versions";

type Runtime = Exclude<RuntimeEngine, "lambda">;

/** linuxFxVersion / windowsFxVersion stacks ("NODE|20-lts") and FUNCTIONS_WORKER_RUNTIME values → engine. */
const STACKS: Record<string, Runtime> = {
  node: "node", python: "python", php: "php", dotnetcore: "dotnet", dotnet: "dotnet", "dotnet-isolated": "dotnet", java: "java",
};

const APP_TYPES = ["azure-native:web:WebApp", "azure-native:web:WebAppSlot"];
const SETTINGS_TYPES = ["azure-native:web:WebAppApplicationSettings", "azure-native:web:WebAppApplicationSettingsSlot"];

/** [path, engine, raw value] to check for one resource. */
type Check = [string, Engine | Runtime, unknown];

/** App settings that carry a runtime version: the Functions host and the Windows Node.js version. */
function settingChecks(settings: Array<[string, string, unknown]>): Check[] {
  const out: Check[] = [];
  for (const [path, name, value] of settings) {
    if (name === "FUNCTIONS_EXTENSION_VERSION") out.push([path, "functions", value]);
    if (name === "WEBSITE_NODE_DEFAULT_VERSION") out.push([path, "node", value]);
  }
  return out;
}

function appChecks(props: Bag): Check[] {
  const out: Check[] = [];
  for (const p of ["siteConfig.linuxFxVersion", "siteConfig.windowsFxVersion"]) {
    const fx = get(props, p);
    if (isUnknown(fx)) { out.push([p, "node", fx]); continue; }
    if (typeof fx !== "string" || !fx.includes("|")) continue;
    const [stack, ver] = fx.split("|", 2);
    const engine = STACKS[stack.toLowerCase()];
    if (engine) out.push([p, engine, ver]);
  }
  out.push(["siteConfig.nodeVersion", "node", get(props, "siteConfig.nodeVersion")]);
  out.push(["siteConfig.phpVersion", "php", get(props, "siteConfig.phpVersion")]);
  out.push(["siteConfig.pythonVersion", "python", get(props, "siteConfig.pythonVersion")]);
  out.push(["siteConfig.javaVersion", "java", get(props, "siteConfig.javaVersion")]);
  out.push(["siteConfig.netFrameworkVersion", "dotnet", get(props, "siteConfig.netFrameworkVersion")]);
  // Flex Consumption function apps declare their runtime here.
  const fn = get(props, "functionAppConfig.runtime");
  const engine = isBag(fn) ? STACKS[String(fn.name ?? "").toLowerCase()] : undefined;
  if (engine) out.push(["functionAppConfig.runtime.version", engine, fn && isBag(fn) ? fn.version : undefined]);
  const settings = get(props, "siteConfig.appSettings");
  if (isUnknown(settings)) out.push(["siteConfig.appSettings", "functions", settings]);
  else out.push(...settingChecks(bags(settings).map((s, i) => [`siteConfig.appSettings[${i}]`, str(s.name) ?? "", s.value])));
  return out;
}

function checks(type: string, props: Bag): Check[] {
  if (type === "azure-native:containerservice:ManagedCluster") return [["kubernetesVersion", "kubernetes", props.kubernetesVersion]];
  if (type === "azure-native:dbforpostgresql:Server") return [["version", "postgresql", props.version]];
  if (type === "azure-native:dbformysql:Server") return [["version", "mysql", props.version]];
  if (SETTINGS_TYPES.includes(type)) {
    if (isUnknown(props.properties)) return [["properties", "functions", props.properties]];
    return settingChecks(Object.entries(isBag(props.properties) ? props.properties : {}).map(([k, v]) => [`properties["${k}"]`, k, v]));
  }
  return appChecks(props);
}

function isEngine(e: Engine | Runtime): e is Engine {
  return e in AZURE_MIN_VERSIONS;
}

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-no-eol-engines",
  clauses: ["O-7.1", "O-3.10"],
  severity: "high",
  basis: { kind: "clause", text: "de composant obsolète (sans maintenance de correctif de vulnérabilité de l'éditeur)" },
  family: "K",
  scope: "core",
  description: {
    fr: `Les versions de Kubernetes, PostgreSQL, MySQL (table au ${MIN_VERSIONS_AS_OF}) et des environnements App Service / Functions (table datée du ${RUNTIME_EOL_REVIEWED}) sont maintenues`,
    en: `Kubernetes, PostgreSQL, MySQL (table as of ${MIN_VERSIONS_AS_OF}) and App Service / Functions runtime versions (dated table of ${RUNTIME_EOL_REVIEWED}) are maintained`,
  },
  remediation: {
    fr: "Monter la version au minimum maintenu (policies/rules/azure/lib/min-versions.ts, policies/rules/common/lib/runtime-eol.ts) ; Functions : `FUNCTIONS_EXTENSION_VERSION` = ~4",
    en: "Upgrade to a maintained version (policies/rules/azure/lib/min-versions.ts, policies/rules/common/lib/runtime-eol.ts); Functions: `FUNCTIONS_EXTENSION_VERSION` = ~4",
  },
  types: [
    "azure-native:containerservice:ManagedCluster", "azure-native:dbforpostgresql:Server", "azure-native:dbformysql:Server",
    ...APP_TYPES, ...SETTINGS_TYPES,
  ],
  check(r, ctx) {
    const out: Violation[] = [];
    for (const [path, engine, raw] of checks(r.type, r.props)) {
      if (isUnknown(raw)) { out.push(unverified(path)); continue; }
      // Absent: the service picks its current default version.
      if (typeof raw !== "string") continue;
      if (isEngine(engine)) {
        const v = parseVersion(raw);
        const { min, why } = AZURE_MIN_VERSIONS[engine];
        if (v && olderThan(v, min)) out.push(violation(`\`${path}\` = "${raw}" : ${engine} antérieur à ${min} (${why})`, `\`${path}\` = "${raw}": ${engine} older than ${min} (${why})`));
        continue;
      }
      const hit = obsoleteRuntime(engine, raw, ctx.now);
      if (hit) {
        out.push(violation(
          `\`${path}\` = "${raw}" : ${engine} ${hit.line} ou antérieur, hors support depuis le ${hit.endOfSupport} (${hit.source})`,
          `\`${path}\` = "${raw}": ${engine} ${hit.line} or older, out of support since ${hit.endOfSupport} (${hit.source})`,
        ));
      }
    }
    return out;
  },
};
