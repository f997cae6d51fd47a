// Output shapes of @pulumi/azure-native resources: Azure resource ids
// (/subscriptions/<sub>/resourceGroups/<rg>/providers/<namespace>/<type>/<name>), names, endpoints
// and identities. A type not listed gets `<module namespace>/<camelCase type>s/<name>` under its
// resource group, and `<lowerCamelType>Name` (or `name`) as its name input.
import { lowerFirst, str, type SimContext } from "./context";
import type { OutputShape } from "./shape";

/** Modules whose resource-provider namespace is not `Microsoft.<Module>`. */
const NAMESPACES: Record<string, string> = {
  keyvault: "Microsoft.KeyVault", applicationinsights: "Microsoft.Insights", operationalinsights: "Microsoft.OperationalInsights", insights: "Microsoft.Insights",
  monitor: "Microsoft.Insights", cognitiveservices: "Microsoft.CognitiveServices", dbforpostgresql: "Microsoft.DBforPostgreSQL",
  dbformysql: "Microsoft.DBforMySQL", documentdb: "Microsoft.DocumentDB", cosmosdb: "Microsoft.DocumentDB",
  containerregistry: "Microsoft.ContainerRegistry", containerservice: "Microsoft.ContainerService",
  managedidentity: "Microsoft.ManagedIdentity", eventhub: "Microsoft.EventHub", servicebus: "Microsoft.ServiceBus",
  machinelearningservices: "Microsoft.MachineLearningServices", containerinstance: "Microsoft.ContainerInstance",
  recoveryservices: "Microsoft.RecoveryServices", dataprotection: "Microsoft.DataProtection", apimanagement: "Microsoft.ApiManagement",
  operationalInsights: "Microsoft.OperationalInsights", sql: "Microsoft.Sql", web: "Microsoft.Web",
};

interface AzureShape {
  nameInput?: string;
  /** The type path under the namespace; `{input}` takes a parent's name from that input. */
  path?: string;
  namespace?: string;
  /** Outputs beyond id, name and type. */
  outputs?(c: SimContext, name: string): Record<string, unknown>;
  /** The provider names it with a GUID (role assignments). */
  guidName?: boolean;
}

const host = (name: string, suffix: string) => `https://${name}.${suffix}/`;
const identityOf = (c: SimContext) => ({ principalId: c.uuid("principal"), clientId: c.uuid("client"), tenantId: c.tenant });

const TABLE: Record<string, AzureShape> = {
  "storage:StorageAccount": {
    nameInput: "accountName", path: "storageAccounts",
    outputs: (c, n) => ({
      primaryLocation: c.inputs.location,
      primaryEndpoints: Object.fromEntries(["blob", "queue", "table", "file", "web", "dfs"].map((s) => [s, host(n, `${s === "web" ? "z6.web" : s}.core.windows.net`)])),
    }),
  },
  "storage:BlobContainer": { nameInput: "containerName", path: "storageAccounts/{accountName}/blobServices/default/containers" },
  "storage:BlobServiceProperties": { nameInput: "blobServicesName", path: "storageAccounts/{accountName}/blobServices" },
  "web:AppServicePlan": { path: "serverfarms" },
  "web:WebApp": { path: "sites", outputs: (_c, n) => ({ defaultHostName: `${n}.azurewebsites.net`, hostNames: [`${n}.azurewebsites.net`] }) },
  "web:WebAppSlot": { nameInput: "slot", path: "sites/{name}/slots" },
  "web:WebAppScmAllowed": { nameInput: "-", path: "sites/{name}/basicPublishingCredentialsPolicies" },
  "web:WebAppFtpAllowed": { nameInput: "-", path: "sites/{name}/basicPublishingCredentialsPolicies" },
  "keyvault:Vault": { path: "vaults", outputs: (_c, n) => ({ properties: { vaultUri: host(n, "vault.azure.net") } }) },
  "keyvault:Key": {
    nameInput: "keyName", path: "vaults/{vaultName}/keys",
    outputs: (c, n) => { const uri = `https://${str(c.inputs, "vaultName")}.vault.azure.net/keys/${n}`; return { keyUri: uri, keyUriWithVersion: `${uri}/${c.hex(32)}` }; },
  },
  "keyvault:Secret": { nameInput: "secretName", path: "vaults/{vaultName}/secrets", outputs: (c, n) => ({ properties: { secretUri: `https://${str(c.inputs, "vaultName")}.vault.azure.net/secrets/${n}` } }) },
  "sql:Server": { path: "servers", outputs: (_c, n) => ({ fullyQualifiedDomainName: `${n}.database.windows.net` }) },
  "sql:Database": { path: "servers/{serverName}/databases" },
  "sql:FirewallRule": { nameInput: "firewallRuleName", path: "servers/{serverName}/firewallRules" },
  "dbforpostgresql:Server": { path: "flexibleServers", outputs: (_c, n) => ({ fullyQualifiedDomainName: `${n}.postgres.database.azure.com` }) },
  "dbforpostgresql:Configuration": { nameInput: "configurationName", path: "flexibleServers/{serverName}/configurations" },
  "dbforpostgresql:FirewallRule": { nameInput: "firewallRuleName", path: "flexibleServers/{serverName}/firewallRules" },
  "network:Subnet": { path: "virtualNetworks/{virtualNetworkName}/subnets" },
  "network:PublicIPAddress": { nameInput: "publicIpAddressName", path: "publicIPAddresses" },
  "cognitiveservices:Account": {
    path: "accounts",
    outputs: (c, n) => ({ properties: { endpoint: host(n, str(c.inputs, "kind") === "OpenAI" ? "openai.azure.com" : "cognitiveservices.azure.com") } }),
  },
  "cognitiveservices:Deployment": { path: "accounts/{accountName}/deployments" },
  "cognitiveservices:RaiPolicy": { path: "accounts/{accountName}/raiPolicies" },
  "managedidentity:UserAssignedIdentity": { nameInput: "resourceName", path: "userAssignedIdentities", outputs: identityOf },
  "authorization:RoleAssignment": { nameInput: "roleAssignmentName", path: "roleAssignments", guidName: true },
  "authorization:ManagementLockAtResourceGroupLevel": { nameInput: "lockName", path: "locks" },
  "insights:DiagnosticSetting": { path: "diagnosticSettings" },
  "monitor:DiagnosticSetting": { path: "diagnosticSettings" },
  "containerregistry:Registry": { path: "registries", outputs: (_c, n) => ({ loginServer: `${n.toLowerCase()}.azurecr.io` }) },
  "containerservice:ManagedCluster": { nameInput: "resourceName", path: "managedClusters", outputs: (c, n) => ({ fqdn: `${str(c.inputs, "dnsPrefix") ?? n}-${c.hex(8)}.hcp.${str(c.inputs, "location") ?? "francecentral"}.azmk8s.io` }) },
  "compute:VirtualMachine": { nameInput: "vmName", path: "virtualMachines" },
  "documentdb:DatabaseAccount": { nameInput: "accountName", path: "databaseAccounts", outputs: (_c, n) => ({ documentEndpoint: `https://${n}.documents.azure.com:443/` }) },
  "applicationinsights:Component": {
    nameInput: "resourceName", path: "components",
    outputs: (c) => {
      const key = c.uuid("instrumentation");
      const region = str(c.inputs, "location") ?? "francecentral";
      return { instrumentationKey: key, appId: c.uuid("app"), connectionString: `InstrumentationKey=${key};IngestionEndpoint=https://${region}-0.in.applicationinsights.azure.com/;LiveEndpoint=https://${region}.livediagnostics.monitor.azure.com/` };
    },
  },
  "operationalinsights:Workspace": { path: "workspaces", outputs: (c) => ({ customerId: c.uuid("workspace") }) },
};

function plural(type: string): string {
  const t = lowerFirst(type);
  return /[^aeiou]y$/.test(t) ? `${t.slice(0, -1)}ies` : /s$/.test(t) ? `${t}es` : `${t}s`;
}

/** Splits `azure-native:<module>[/<version>]:<Type>`. */
function tokenParts(type: string): { module: string; kind: string } {
  const [, mod = "", kind = ""] = type.split(":");
  return { module: mod.split("/")[0], kind };
}

/** The input holding the resource's own name: listed, else `<lowerCamelType>Name` when present, else `name`. */
function nameInputOf(s: AzureShape | undefined, kind: string, inputs: Record<string, unknown>): string {
  if (s?.nameInput) return s.nameInput;
  const own = `${lowerFirst(kind)}Name`;
  return own in inputs ? own : "name";
}

export function azureShape(type: string): OutputShape {
  const { module, kind } = tokenParts(type);
  const s = TABLE[`${module}:${kind}`];
  const ns = s?.namespace ?? NAMESPACES[module] ?? `Microsoft.${module.charAt(0).toUpperCase()}${module.slice(1)}`;
  if (module === "resources" && kind === "ResourceGroup") {
    return { nameInput: "resourceGroupName", autoName: (c) => `${c.logical}${c.hex(8)}`, id: (c, n) => `/subscriptions/${c.subscription}/resourceGroups/${n}`, arn: () => undefined, outputs: (_c, n) => ({ name: n, type: "Microsoft.Resources/resourceGroups" }) };
  }
  return {
    nameInput: null,
    id: (c) => {
      const name = physicalName(c, s, kind);
      const path = (s?.path ?? plural(kind)).replace(/\{(\w+)\}/g, (_m, k: string) => str(c.inputs, k) ?? k);
      const scope = str(c.inputs, "scope") ?? str(c.inputs, "resourceUri") ?? `/subscriptions/${c.subscription}/resourceGroups/${str(c.inputs, "resourceGroupName") ?? "rg"}`;
      return `${scope.replace(/\/$/, "")}/providers/${ns}/${path}/${name}`;
    },
    arn: () => undefined,
    outputs: (c, _n, id) => {
      const name = physicalName(c, s, kind);
      const own = nameInputOf(s, kind, c.inputs);
      const extra = s?.outputs?.(c, name) ?? {};
      const out: Record<string, unknown> = { name, type: `${ns}/${(s?.path ?? plural(kind)).replace(/\/\{\w+\}/g, "")}`, ...extra };
      if (own !== "-" && own !== "name") out[own] = name;
      // Outputs nested in `properties` complete the program's own object.
      const props = c.inputs.properties;
      if (extra.properties && props && typeof props === "object") out.properties = { ...props, ...(extra.properties as object) };
      const ident = c.inputs.identity as { type?: unknown } | undefined;
      if (ident && typeof ident === "object" && /SystemAssigned/.test(String(ident.type))) out.identity = { ...ident, principalId: c.uuid("principal"), tenantId: c.tenant };
      return { ...out, id };
    },
  };
}

function physicalName(c: SimContext, s: AzureShape | undefined, kind: string): string {
  const own = nameInputOf(s, kind, c.inputs);
  if (own === "-") return kind === "WebAppFtpAllowed" ? "ftp" : "scm";
  if (kind === "BlobServiceProperties") return "default";
  return str(c.inputs, own) ?? (s?.guidName ? c.uuid("name") : `${c.logical}${c.hex(8)}`);
}
