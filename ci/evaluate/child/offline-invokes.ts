// Offline answers to the data sources programs call most (documented in the README): enough for a
// program to run and for policies to see realistic values. Anything else echoes its inputs, and its
// token is remembered so that a program failing on a field of such a result can be told why.
const ACCOUNT = "111111111111";
const SUBSCRIPTION = "00000000-0000-0000-0000-000000000000";
const TENANT = "00000000-0000-0000-0000-000000000001";
/** What an offline answer puts where the cloud would hand back a key, password or token. */
const OFFLINE_SECRET = "[secret]";
const KUBECONFIG_B64 = Buffer.from("apiVersion: v1\nkind: Config\nclusters: []\ncontexts: []\nusers: []\n").toString("base64");

/** Tokens answered by the generic echo: the program may read fields that echo lacks. */
export const approximatedInvokes = new Set<string>();

/** Azure `list…Keys` data sources share a few shapes; one answer holding all of them fits each. */
function azureKeys(): Record<string, unknown> {
  return {
    keys: [1, 2].map((i) => ({ keyName: `key${i}`, value: OFFLINE_SECRET, permissions: "FULL", creationTime: "2025-01-01T00:00:00Z" })),
    primaryKey: OFFLINE_SECRET, secondaryKey: OFFLINE_SECRET,
    primaryConnectionString: OFFLINE_SECRET, secondaryConnectionString: OFFLINE_SECRET,
    primaryMasterKey: OFFLINE_SECRET, secondaryMasterKey: OFFLINE_SECRET,
    primaryReadonlyMasterKey: OFFLINE_SECRET, secondaryReadonlyMasterKey: OFFLINE_SECRET,
    primarySharedKey: OFFLINE_SECRET, secondarySharedKey: OFFLINE_SECRET,
  };
}

export function offlineInvoke(token: string, inputs: Record<string, unknown>, region: string): Record<string, unknown> {
  switch (token) {
    case "aws:index/getRegion:getRegion":
      return { id: region, name: region, region, endpoint: `ec2.${region}.amazonaws.com`, description: region };
    case "aws:index/getCallerIdentity:getCallerIdentity":
      return { id: ACCOUNT, accountId: ACCOUNT, arn: `arn:aws:iam::${ACCOUNT}:user/offline`, userId: "OFFLINE" };
    case "aws:index/getPartition:getPartition":
      return { id: "aws", partition: "aws", dnsSuffix: "amazonaws.com", reverseDnsPrefix: "com.amazonaws" };
    case "aws:index/getAvailabilityZones:getAvailabilityZones": {
      const names = ["a", "b", "c"].map((z) => `${region}${z}`);
      return { id: region, names, zoneIds: names.map((_, i) => `${region.replace(/-/g, "")}-az${i + 1}`), groupNames: [region] };
    }
    case "aws:ec2/getAmi:getAmi":
      return { ...inputs, id: "ami-0123456789abcdef0", imageId: "ami-0123456789abcdef0", architecture: "x86_64" };
    case "aws:ec2/getVpc:getVpc":
      return { ...inputs, id: "vpc-00000000", cidrBlock: "10.0.0.0/16", arn: `arn:aws:ec2:${region}:${ACCOUNT}:vpc/vpc-00000000` };
    case "aws:ec2/getSubnets:getSubnets":
      return { ...inputs, id: region, ids: ["subnet-0000000a", "subnet-0000000b"] };
    case "aws:iam/getPolicyDocument:getPolicyDocument":
      return { ...inputs, id: "policy", json: JSON.stringify({ Version: "2012-10-17", Statement: inputs.statements ?? [] }) };
    case "azure-native:authorization:getClientConfig":
      return { clientId: "00000000-0000-0000-0000-000000000002", objectId: "00000000-0000-0000-0000-000000000003", subscriptionId: SUBSCRIPTION, tenantId: TENANT };
    case "azure-native:resources:getResourceGroup":
      return { ...inputs, id: `/subscriptions/${SUBSCRIPTION}/resourceGroups/${String(inputs.resourceGroupName ?? "rg")}`, location: "francecentral", name: inputs.resourceGroupName };
    case "aws:route53/getZone:getZone":
      return { ...inputs, id: "Z0OFFLINE000000", zoneId: "Z0OFFLINE000000", name: inputs.name ?? "example.com", arn: "arn:aws:route53:::hostedzone/Z0OFFLINE000000", nameServers: ["ns-1.awsdns-00.com"], privateZone: inputs.privateZone ?? false };
    case "aws:acm/getCertificate:getCertificate":
      return { ...inputs, id: "offline-cert", arn: `arn:aws:acm:${region}:${ACCOUNT}:certificate/00000000-0000-0000-0000-000000000000`, status: "ISSUED" };
    case "aws:ssm/getParameter:getParameter":
      return { ...inputs, id: inputs.name, arn: `arn:aws:ssm:${region}:${ACCOUNT}:parameter/${String(inputs.name ?? "").replace(/^\//, "")}`, type: "String", value: "offline", insecureValue: "offline", version: 1 };
    case "aws:ec2/getSubnet:getSubnet":
      return { ...inputs, id: inputs.id ?? "subnet-0000000a", vpcId: "vpc-00000000", cidrBlock: "10.0.1.0/24", availabilityZone: `${region}a`, arn: `arn:aws:ec2:${region}:${ACCOUNT}:subnet/subnet-0000000a` };
    case "aws:ec2/getSecurityGroup:getSecurityGroup":
      return { ...inputs, id: inputs.id ?? "sg-00000000", vpcId: "vpc-00000000", name: inputs.name ?? "default", arn: `arn:aws:ec2:${region}:${ACCOUNT}:security-group/sg-00000000` };
    case "aws:elb/getServiceAccount:getServiceAccount":
      return { ...inputs, id: "009996457667", arn: "arn:aws:iam::009996457667:root" };
    case "aws:ecr/getAuthorizationToken:getAuthorizationToken":
      return { ...inputs, id: region, authorizationToken: OFFLINE_SECRET, userName: "AWS", password: OFFLINE_SECRET, proxyEndpoint: `https://${ACCOUNT}.dkr.ecr.${region}.amazonaws.com` };
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
      approximatedInvokes.add(token);
      return { ...inputs, id: token };
  }
}
