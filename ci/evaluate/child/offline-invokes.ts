// Offline answers to the data sources programs call most (documented in the README): enough for a
// program to run and for policies to see realistic values. Anything else echoes its inputs.
const ACCOUNT = "111111111111";
const SUBSCRIPTION = "00000000-0000-0000-0000-000000000000";
const TENANT = "00000000-0000-0000-0000-000000000001";

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
    default:
      return { ...inputs, id: token };
  }
}
