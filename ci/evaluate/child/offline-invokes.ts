// Offline answers to the data sources programs call most (documented in the README), one table for
// both engines: the mocks engine (run-program.ts) and the plan-only stand-in providers the real
// engine runs (tools/providers). Enough for a program to run and for policies to see realistic
// values. An unlisted token has no answer: the stand-ins fail the invoke (the evaluation is then
// incomplete) and the mocks engine echoes its inputs, remembering the token so that the outputs
// say the evaluation was approximate.

/** Where offline answers say the program runs. */
export interface Placement {
  region: string;
  account: string;
  subscription: string;
  tenant: string;
}

/** Never real: the AWS account, subscription and tenant offline answers use unless config names them. */
export const DEFAULT_PLACEMENT: Placement = {
  region: "",
  account: "111111111111",
  subscription: "00000000-0000-0000-0000-000000000000",
  tenant: "00000000-0000-0000-0000-000000000001",
};

/** Reads a placement from provider settings (`region`, `allowedAccountIds`, `subscriptionId`, `tenantId`). */
export function readPlacement(get: (key: string) => unknown): Partial<Placement> {
  const out: Partial<Placement> = {};
  const parse = (v: unknown) => { if (typeof v !== "string") return v; try { return JSON.parse(v) as unknown; } catch { return v; } };
  const region = get("region");
  if (typeof region === "string" && region) out.region = region;
  const ids = parse(get("allowedAccountIds"));
  if (Array.isArray(ids) && typeof ids[0] === "string") out.account = ids[0];
  const sub = get("subscriptionId");
  if (typeof sub === "string" && sub) out.subscription = sub;
  const tenant = get("tenantId");
  if (typeof tenant === "string" && tenant) out.tenant = tenant;
  return out;
}

/** The default providers' placement, from stack config (`aws:region`, `azure-native:subscriptionId`…). */
export function placementFromConfig(config: Record<string, string>): Placement {
  return { ...DEFAULT_PLACEMENT, ...readPlacement((k) => config[`aws:${k}`] ?? config[`azure-native:${k}`]) };
}

/** What an offline answer puts where the cloud would hand back a key, password or token. */
const OFFLINE_SECRET = "[secret]";
const KUBECONFIG_B64 = Buffer.from("apiVersion: v1\nkind: Config\nclusters: []\ncontexts: []\nusers: []\n").toString("base64");

/** Tokens answered by the generic echo: the program may read fields that echo lacks. */
export const approximatedInvokes = new Set<string>();

/**
 * An account key in the shape Azure gives (base64 of 64 bytes), filled with a constant: a key the
 * program copies into a connection string must still look like one to the policies that look for
 * `AccountKey=` (outputs mask it like any key).
 */
const OFFLINE_AZURE_KEY = Buffer.alloc(64, "offline").toString("base64");

/** Azure `list…Keys` data sources share a few shapes; one answer holding all of them fits each. */
function azureKeys(): Record<string, unknown> {
  return {
    keys: [1, 2].map((i) => ({ keyName: `key${i}`, value: OFFLINE_AZURE_KEY, permissions: "FULL", creationTime: "2025-01-01T00:00:00Z" })),
    primaryKey: OFFLINE_AZURE_KEY, secondaryKey: OFFLINE_AZURE_KEY,
    primaryConnectionString: OFFLINE_SECRET, secondaryConnectionString: OFFLINE_SECRET,
    primaryMasterKey: OFFLINE_SECRET, secondaryMasterKey: OFFLINE_SECRET,
    primaryReadonlyMasterKey: OFFLINE_SECRET, secondaryReadonlyMasterKey: OFFLINE_SECRET,
    primarySharedKey: OFFLINE_SECRET, secondarySharedKey: OFFLINE_SECRET,
  };
}

/** eu-west-3 → euw3, the prefix of AWS zone ids such as euw3-az1. */
export function zoneIdPrefix(region: string): string {
  const [area, dir = "", n = ""] = region.split("-");
  const short = dir.replace(/north/g, "n").replace(/south/g, "s").replace(/east/g, "e").replace(/west/g, "w").replace(/central/g, "c");
  return `${area}${short}${n}`;
}

type Statement = Record<string, unknown> & { principals?: Array<{ type: string; identifiers: unknown }>; notPrincipals?: Array<{ type: string; identifiers: unknown }>; conditions?: Array<{ test: string; variable: string; values: unknown }> };
const list = (v: unknown): unknown[] | undefined => (v === undefined || v === null ? undefined : Array.isArray(v) ? v : [v]);
const one = (v: unknown): unknown => { const a = list(v); return a && a.length === 1 ? a[0] : a; };

/** aws.iam.getPolicyDocument is computed locally by the real provider: the same rendering. */
export function policyDocument(args: Record<string, unknown>): Record<string, unknown> {
  const doc: Record<string, unknown> = { Version: args.version || "2012-10-17" };
  if (args.policyId) doc.Id = args.policyId;
  const principals = (ps: Statement["principals"]) => {
    if (!ps) return undefined;
    const out: Record<string, unknown> = {};
    for (const p of ps) {
      if (p.type === "*") return "*";
      out[p.type] = one([...(list(out[p.type]) ?? []), ...(list(p.identifiers) ?? [])]);
    }
    return out;
  };
  doc.Statement = ((args.statements ?? []) as Statement[]).map((s) => {
    const st: Record<string, unknown> = {};
    if (s.sid) st.Sid = s.sid;
    st.Effect = s.effect || "Allow";
    for (const [from, to] of [["actions", "Action"], ["notActions", "NotAction"], ["resources", "Resource"], ["notResources", "NotResource"]] as const) {
      if (s[from]) st[to] = one(s[from]);
    }
    if (s.principals) st.Principal = principals(s.principals);
    if (s.notPrincipals) st.NotPrincipal = principals(s.notPrincipals);
    if (s.conditions) {
      const cond: Record<string, Record<string, unknown>> = {};
      for (const c of s.conditions) (cond[c.test] ??= {})[c.variable] = one(c.values);
      st.Condition = cond;
    }
    return st;
  });
  const json = JSON.stringify(doc, null, 2);
  let h = 0;
  for (const ch of json) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return { id: h.toString(16).padStart(8, "0"), json, minifiedJson: JSON.stringify(doc), statements: args.statements, version: doc.Version };
}

/** The offline answer of a data source, or undefined when it has none. */
export function offlineInvoke(token: string, inputs: Record<string, unknown>, where: Placement): Record<string, unknown> | undefined {
  const region = typeof inputs.region === "string" && inputs.region ? inputs.region : where.region;
  const account = where.account;
  switch (token) {
    case "aws:index/getRegion:getRegion":
      return region ? { id: region, name: region, region, endpoint: `ec2.${region}.amazonaws.com`, description: region } : undefined;
    case "aws:index/getCallerIdentity:getCallerIdentity":
      return { id: account, accountId: account, arn: `arn:aws:iam::${account}:user/clausier-guard-offline`, userId: "OFFLINE" };
    case "aws:index/getPartition:getPartition":
      return { id: "aws", partition: "aws", dnsSuffix: "amazonaws.com", reverseDnsPrefix: "com.amazonaws" };
    case "aws:index/getAvailabilityZones:getAvailabilityZones": {
      if (!region) return undefined;
      const names = ["a", "b", "c"].map((z) => `${region}${z}`);
      return { id: region, region, names, zoneIds: [1, 2, 3].map((n) => `${zoneIdPrefix(region)}-az${n}`), groupNames: [region], state: inputs.state };
    }
    case "aws:iam/getPolicyDocument:getPolicyDocument":
      return policyDocument(inputs);
    case "aws:ec2/getAmi:getAmi":
      return { ...inputs, id: "ami-0123456789abcdef0", imageId: "ami-0123456789abcdef0", architecture: "x86_64", name: "offline-image" };
    case "aws:ec2/getVpc:getVpc":
      return { ...inputs, id: "vpc-00000000", cidrBlock: "10.0.0.0/16", arn: `arn:aws:ec2:${region}:${account}:vpc/vpc-00000000` };
    case "aws:ec2/getSubnets:getSubnets":
      return { ...inputs, id: region, ids: ["subnet-0000000a", "subnet-0000000b"] };
    case "aws:ec2/getSubnet:getSubnet":
      return { ...inputs, id: inputs.id ?? "subnet-0000000a", vpcId: "vpc-00000000", cidrBlock: "10.0.1.0/24", availabilityZone: `${region}a`, arn: `arn:aws:ec2:${region}:${account}:subnet/subnet-0000000a` };
    case "aws:ec2/getSecurityGroup:getSecurityGroup":
      return { ...inputs, id: inputs.id ?? "sg-00000000", vpcId: "vpc-00000000", name: inputs.name ?? "default", arn: `arn:aws:ec2:${region}:${account}:security-group/sg-00000000` };
    case "aws:route53/getZone:getZone":
      return { ...inputs, id: "Z0OFFLINE000000", zoneId: "Z0OFFLINE000000", name: inputs.name ?? "example.com", arn: "arn:aws:route53:::hostedzone/Z0OFFLINE000000", nameServers: ["ns-1.awsdns-00.com"], privateZone: inputs.privateZone ?? false };
    case "aws:acm/getCertificate:getCertificate":
      return { ...inputs, id: "offline-cert", arn: `arn:aws:acm:${region}:${account}:certificate/00000000-0000-0000-0000-000000000000`, status: "ISSUED" };
    case "aws:ssm/getParameter:getParameter":
      return { ...inputs, id: inputs.name, arn: `arn:aws:ssm:${region}:${account}:parameter/${String(inputs.name ?? "").replace(/^\//, "")}`, type: "String", value: "offline", insecureValue: "offline", version: 1 };
    case "aws:elb/getServiceAccount:getServiceAccount":
      // Elastic Load Balancing's own account in eu-west-3 (AWS documentation).
      return { ...inputs, id: "009996457667", arn: "arn:aws:iam::009996457667:root" };
    case "aws:ecr/getAuthorizationToken:getAuthorizationToken":
      return { ...inputs, id: region, authorizationToken: OFFLINE_SECRET, userName: "AWS", password: OFFLINE_SECRET, proxyEndpoint: `https://${account}.dkr.ecr.${region}.amazonaws.com` };
    case "azure-native:authorization:getClientConfig":
      return { clientId: "00000000-0000-0000-0000-000000000002", objectId: "00000000-0000-0000-0000-000000000003", subscriptionId: where.subscription, tenantId: where.tenant };
    case "azure-native:authorization:getClientToken":
      return { token: OFFLINE_SECRET };
    case "azure-native:resources:getResourceGroup":
      return { ...inputs, id: `/subscriptions/${where.subscription}/resourceGroups/${String(inputs.resourceGroupName ?? "rg")}`, location: "francecentral", name: inputs.resourceGroupName };
    case "azure-native:storage:listStorageAccountServiceSAS":
      return { serviceSasToken: "sv=offline&sig=offline" };
    case "azure-native:storage:listStorageAccountSAS":
      return { accountSasToken: "sv=offline&sig=offline" };
    case "azure-native:containerregistry:listRegistryCredentials":
      return { username: inputs.registryName ?? "registry", passwords: [{ name: "password", value: OFFLINE_SECRET }, { name: "password2", value: OFFLINE_SECRET }] };
    case "azure-native:containerservice:listManagedClusterUserCredentials":
    case "azure-native:containerservice:listManagedClusterAdminCredentials":
      return { kubeconfigs: [{ name: "clusterUser", value: KUBECONFIG_B64 }] };
    case "azure-native:web:listWebAppPublishingCredentials":
      return { publishingUserName: `$${String(inputs.name ?? "app")}`, publishingPassword: OFFLINE_SECRET, scmUri: `https://${String(inputs.name ?? "app")}.scm.azurewebsites.net` };
    case "azure-native:cosmosdb:listDatabaseAccountConnectionStrings":
    case "azure-native:documentdb:listDatabaseAccountConnectionStrings":
      return { connectionStrings: [{ connectionString: OFFLINE_SECRET, description: "Primary SQL Connection String" }] };
    default:
      // `list…Keys` (storage, cosmosdb, eventhub, servicebus, …) and `get…SharedKeys` (log analytics).
      if (/^azure-native:[^:]+:(list\w*Keys|get\w*SharedKeys)$/.test(token)) return azureKeys();
      return undefined;
  }
}

/** The mocks engine's answer: the offline one, else the inputs echoed (and the token remembered). */
export function answerOffline(token: string, inputs: Record<string, unknown>, where: Placement): Record<string, unknown> {
  const known = offlineInvoke(token, inputs, where);
  if (known) return known;
  approximatedInvokes.add(token);
  return { ...inputs, id: token };
}
