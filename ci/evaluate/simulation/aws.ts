// Output shapes of @pulumi/aws resources: ids and ARNs as the provider builds them
// (arn:<partition>:<service>:<region>:<account>:<resource>), endpoints and URLs. A type not listed
// gets `arn:<partition>:<module>:<region>:<account>:<kebab-type>/<name>` and its name as id.
import { kebab, str, type SimContext } from "./context";
import type { OutputShape, ShapeTable } from "./shape";

const arn = (c: SimContext, service: string, resource: string, regional = true) =>
  `arn:${c.partition}:${service}:${regional ? c.region : ""}:${c.account}:${resource}`;
const global = (c: SimContext, service: string, resource: string) => `arn:${c.partition}:${service}::${c.account}:${resource}`;
const upper = (c: SimContext, n: number, salt?: string) => c.hex(n, salt).toUpperCase();

/** EC2 objects: no name, an id `<prefix>-<17 hex>` and `arn:…:ec2:…:<kind>/<id>`. */
function ec2(prefix: string, kind: string): OutputShape {
  return {
    nameInput: null,
    id: (c) => `${prefix}-${c.hex(17)}`,
    arn: (c, _n, id) => arn(c, "ec2", `${kind}/${id}`),
    outputs: (c) => ({ ownerId: c.account }),
  };
}

/** Sub-resources of a bucket (policy, versioning, encryption…): their id is the bucket's name. */
const bucketPart: OutputShape = { nameInput: null, id: (c) => str(c.inputs, "bucket") ?? c.logical, arn: () => undefined };

const bucket: OutputShape = {
  nameInput: "bucket",
  autoName: (c) => `${c.logical.toLowerCase()}-${c.hex(7)}`,
  arn: (c, name) => `arn:${c.partition}:s3:::${name}`,
  outputs: (c, name) => ({ bucketDomainName: `${name}.s3.amazonaws.com`, bucketRegionalDomainName: `${name}.s3.${c.region}.amazonaws.com`, region: c.region }),
};

const iamPath = (c: SimContext) => str(c.inputs, "path") ?? "/";
const iam = (kind: string): OutputShape => ({ arn: (c, name) => global(c, "iam", `${kind}${iamPath(c)}${name}`) });
const lastSegment = (v: string | undefined) => v?.split("/").pop();
const lbArnPart = (c: SimContext, input: string, from: string, to: string) =>
  `${(str(c.inputs, input) ?? arn(c, "elasticloadbalancing", `${from}/app/${c.logical}/${c.hex(16)}`)).replace(`:${from}/`, `:${to}/`)}/${c.hex(16)}`;
const DB_PORTS: Record<string, number> = { postgres: 5432, "aurora-postgresql": 5432, mysql: 3306, "aurora-mysql": 3306, mariadb: 3306, "sqlserver-se": 1433, "sqlserver-ee": 1433, "sqlserver-ex": 1433, "sqlserver-web": 1433, "oracle-ee": 1521 };

const loadBalancer: OutputShape = {
  arn: (c, name) => arn(c, "elasticloadbalancing", `loadbalancer/${str(c.inputs, "loadBalancerType") === "network" ? "net" : "app"}/${name}/${c.hex(16)}`),
  outputs: (c, name, _id, a) => ({ dnsName: `${name}-${parseInt(c.hex(8, "dns"), 16)}.${c.region}.elb.amazonaws.com`, arnSuffix: a?.split(":loadbalancer/")[1] }),
};
const listener: OutputShape = { nameInput: null, arn: (c) => lbArnPart(c, "loadBalancerArn", "loadbalancer", "listener"), id: (c) => lbArnPart(c, "loadBalancerArn", "loadbalancer", "listener") };
const targetGroup: OutputShape = { arn: (c, name) => arn(c, "elasticloadbalancing", `targetgroup/${name}/${c.hex(16)}`), outputs: (_c, _n, _i, a) => ({ arnSuffix: a?.split(":").pop() }) };

export const AWS_SHAPES: ShapeTable = {
  "aws:s3/bucket:Bucket": bucket,
  "aws:s3/bucketV2:BucketV2": bucket,
  "aws:s3/bucketObject:BucketObject": { nameInput: "key", id: (c, name) => name || c.logical, arn: () => undefined },
  "aws:s3/bucketObjectv2:BucketObjectv2": { nameInput: "key", arn: () => undefined },
  "aws:kms/key:Key": { nameInput: null, id: (c) => c.uuid(), arn: (c, _n, id) => arn(c, "kms", `key/${id}`), outputs: (_c, _n, id) => ({ keyId: id }) },
  "aws:kms/alias:Alias": { autoName: (c) => `alias/${c.logical}-${c.hex(7)}`, arn: (c, name) => arn(c, "kms", name) },
  "aws:iam/role:Role": { ...iam("role"), outputs: (c) => ({ createDate: "2026-01-01T00:00:00Z", path: iamPath(c) }) },
  "aws:iam/policy:Policy": { ...iam("policy"), id: (c, name) => global(c, "iam", `policy${iamPath(c)}${name}`) },
  "aws:iam/user:User": iam("user"),
  "aws:iam/group:Group": iam("group"),
  "aws:iam/instanceProfile:InstanceProfile": iam("instance-profile"),
  "aws:iam/rolePolicyAttachment:RolePolicyAttachment": { nameInput: null, id: (c) => `${str(c.inputs, "role") ?? c.logical}-${c.hex(20)}`, arn: () => undefined },
  "aws:iam/rolePolicy:RolePolicy": { id: (c, name) => `${str(c.inputs, "role") ?? ""}:${name}`, arn: () => undefined },
  "aws:lambda/function:Function": {
    arn: (c, name) => arn(c, "lambda", `function:${name}`),
    outputs: (c, _n, _i, a) => ({ invokeArn: `arn:${c.partition}:apigateway:${c.region}:lambda:path/2015-03-31/functions/${a}/invocations`, qualifiedArn: `${a}:$LATEST`, version: "$LATEST" }),
  },
  "aws:sqs/queue:Queue": {
    autoName: (c) => `${c.logical}-${c.hex(7)}${c.inputs.fifoQueue === true ? ".fifo" : ""}`,
    id: (c, name) => `https://sqs.${c.region}.amazonaws.com/${c.account}/${name}`,
    arn: (c, name) => arn(c, "sqs", name),
    outputs: (_c, _n, id) => ({ url: id }),
  },
  "aws:sns/topic:Topic": { id: (c, name) => arn(c, "sns", name), arn: (c, name) => arn(c, "sns", name) },
  "aws:dynamodb/table:Table": {
    arn: (c, name) => arn(c, "dynamodb", `table/${name}`),
    outputs: (c, _n, _i, a) => (c.inputs.streamEnabled === true ? { streamArn: `${a}/stream/2026-01-01T00:00:00.000`, streamLabel: "2026-01-01T00:00:00.000" } : {}),
  },
  "aws:cloudwatch/logGroup:LogGroup": { arn: (c, name) => arn(c, "logs", `log-group:${name}`) },
  "aws:ec2/vpc:Vpc": { ...ec2("vpc", "vpc"), outputs: (c) => ({ ownerId: c.account, defaultSecurityGroupId: `sg-${c.hex(17, "sg")}`, mainRouteTableId: `rtb-${c.hex(17, "rtb")}`, defaultNetworkAclId: `acl-${c.hex(17, "acl")}` }) },
  "aws:ec2/subnet:Subnet": ec2("subnet", "subnet"),
  "aws:ec2/securityGroup:SecurityGroup": { nameInput: "name", id: (c) => `sg-${c.hex(17)}`, arn: (c, _n, id) => arn(c, "ec2", `security-group/${id}`), outputs: (c) => ({ ownerId: c.account }) },
  "aws:ec2/instance:Instance": ec2("i", "instance"),
  "aws:ec2/internetGateway:InternetGateway": ec2("igw", "internet-gateway"),
  "aws:ec2/natGateway:NatGateway": ec2("nat", "natgateway"),
  "aws:ec2/routeTable:RouteTable": ec2("rtb", "route-table"),
  "aws:ec2/eip:Eip": ec2("eipalloc", "elastic-ip"),
  "aws:ec2/launchTemplate:LaunchTemplate": { id: (c) => `lt-${c.hex(17)}`, arn: (c, _n, id) => arn(c, "ec2", `launch-template/${id}`) },
  "aws:ec2/networkInterface:NetworkInterface": ec2("eni", "network-interface"),
  "aws:ec2/vpcEndpoint:VpcEndpoint": ec2("vpce", "vpc-endpoint"),
  "aws:ec2/flowLog:FlowLog": ec2("fl", "vpc-flow-log"),
  "aws:ec2/networkAcl:NetworkAcl": ec2("acl", "network-acl"),
  "aws:ec2/keyPair:KeyPair": { nameInput: "keyName", id: (_c, name) => name, arn: (c, name) => arn(c, "ec2", `key-pair/${name}`) },
  "aws:rds/instance:Instance": {
    nameInput: "identifier",
    id: (c) => `db-${upper(c, 26)}`,
    arn: (c, name) => arn(c, "rds", `db:${name}`),
    outputs: (c, name, id) => {
      const address = `${name}.${c.hex(12, "dns")}.${c.region}.rds.amazonaws.com`;
      const port = typeof c.inputs.port === "number" ? c.inputs.port : DB_PORTS[str(c.inputs, "engine") ?? ""] ?? 5432;
      return { resourceId: id, address, port, endpoint: `${address}:${port}`, hostedZoneId: `Z${upper(c, 13, "zone")}` };
    },
  },
  "aws:rds/cluster:Cluster": {
    nameInput: "clusterIdentifier",
    arn: (c, name) => arn(c, "rds", `cluster:${name}`),
    outputs: (c, name) => ({ clusterResourceId: `cluster-${upper(c, 26, "res")}`, endpoint: `${name}.cluster-${c.hex(12)}.${c.region}.rds.amazonaws.com`, readerEndpoint: `${name}.cluster-ro-${c.hex(12, "ro")}.${c.region}.rds.amazonaws.com` }),
  },
  "aws:rds/subnetGroup:SubnetGroup": { arn: (c, name) => arn(c, "rds", `subgrp:${name}`) },
  "aws:rds/parameterGroup:ParameterGroup": { arn: (c, name) => arn(c, "rds", `pg:${name}`) },
  "aws:rds/clusterParameterGroup:ClusterParameterGroup": { arn: (c, name) => arn(c, "rds", `cluster-pg:${name}`) },
  "aws:secretsmanager/secret:Secret": { id: (c, name) => arn(c, "secretsmanager", `secret:${name}-${c.hex(6)}`), arn: (c, name) => arn(c, "secretsmanager", `secret:${name}-${c.hex(6)}`) },
  "aws:ssm/parameter:Parameter": { arn: (c, name) => arn(c, "ssm", `parameter/${name.replace(/^\//, "")}`) },
  "aws:ecr/repository:Repository": {
    arn: (c, name) => arn(c, "ecr", `repository/${name}`),
    outputs: (c, name) => ({ registryId: c.account, repositoryUrl: `${c.account}.dkr.ecr.${c.region}.amazonaws.com/${name}` }),
  },
  "aws:ecs/cluster:Cluster": { id: (c, name) => arn(c, "ecs", `cluster/${name}`), arn: (c, name) => arn(c, "ecs", `cluster/${name}`) },
  "aws:ecs/taskDefinition:TaskDefinition": {
    nameInput: null,
    id: (c) => str(c.inputs, "family") ?? c.logical,
    arn: (c, _n, family) => arn(c, "ecs", `task-definition/${family}:1`),
    outputs: (_c, _n, _i, a) => ({ revision: 1, arnWithoutRevision: a?.replace(/:1$/, "") }),
  },
  "aws:ecs/service:Service": { id: (c, name) => arn(c, "ecs", `service/${lastSegment(str(c.inputs, "cluster")) ?? "default"}/${name}`), arn: () => undefined },
  "aws:lb/loadBalancer:LoadBalancer": loadBalancer,
  "aws:alb/loadBalancer:LoadBalancer": loadBalancer,
  "aws:lb/targetGroup:TargetGroup": targetGroup,
  "aws:alb/targetGroup:TargetGroup": targetGroup,
  "aws:lb/listener:Listener": listener,
  "aws:alb/listener:Listener": listener,
  "aws:lb/listenerRule:ListenerRule": { nameInput: null, arn: (c) => lbArnPart(c, "listenerArn", "listener", "listener-rule"), id: (c) => lbArnPart(c, "listenerArn", "listener", "listener-rule") },
  "aws:cloudtrail/trail:Trail": { id: (c, name) => arn(c, "cloudtrail", `trail/${name}`), arn: (c, name) => arn(c, "cloudtrail", `trail/${name}`), outputs: (c) => ({ homeRegion: c.region }) },
  "aws:kinesis/stream:Stream": { id: (c, name) => arn(c, "kinesis", `stream/${name}`), arn: (c, name) => arn(c, "kinesis", `stream/${name}`) },
  "aws:efs/fileSystem:FileSystem": {
    nameInput: null, id: (c) => `fs-${c.hex(17)}`, arn: (c, _n, id) => arn(c, "elasticfilesystem", `file-system/${id}`),
    outputs: (c, _n, id) => ({ dnsName: `${id}.efs.${c.region}.amazonaws.com`, ownerId: c.account }),
  },
  "aws:acm/certificate:Certificate": { nameInput: null, id: (c) => arn(c, "acm", `certificate/${c.uuid()}`), arn: (_c, _n, id) => id },
  "aws:route53/zone:Zone": {
    id: (c) => `Z${upper(c, 20)}`, arn: (c, _n, id) => `arn:${c.partition}:route53:::hostedzone/${id}`,
    outputs: (_c, _n, id) => ({ zoneId: id, nameServers: [1, 2, 3, 4].map((i) => `ns-${i}.awsdns-0${i}.org`) }),
  },
  "aws:route53/record:Record": { id: (c, name) => `${str(c.inputs, "zoneId") ?? ""}_${name}_${str(c.inputs, "type") ?? "A"}`, arn: () => undefined, outputs: (_c, name) => ({ fqdn: name }) },
  "aws:cloudfront/distribution:Distribution": {
    nameInput: null, id: (c) => `E${upper(c, 13)}`, arn: (c, _n, id) => global(c, "cloudfront", `distribution/${id}`),
    // Z2FDTNDATAQYW2: CloudFront's one hosted zone (AWS documentation).
    outputs: (c) => ({ domainName: `d${c.hex(13, "dns")}.cloudfront.net`, hostedZoneId: "Z2FDTNDATAQYW2" }),
  },
  // An origin access identity is an IAM principal of CloudFront's own: bucket policies name its iamArn.
  "aws:cloudfront/originAccessIdentity:OriginAccessIdentity": {
    nameInput: null, id: (c) => `E${upper(c, 13)}`, arn: () => undefined,
    outputs: (c, _n, id) => ({
      iamArn: `arn:${c.partition}:iam::cloudfront:user/CloudFront Origin Access Identity ${id}`,
      cloudfrontAccessIdentityPath: `origin-access-identity/cloudfront/${id}`,
      s3CanonicalUserId: c.hex(64, "canonical"),
      etag: `E${upper(c, 13, "etag")}`,
    }),
  },
  "aws:apigateway/restApi:RestApi": {
    id: (c) => c.hex(10), arn: (c, _n, id) => `arn:${c.partition}:apigateway:${c.region}::/restapis/${id}`,
    outputs: (c, _n, id) => ({ rootResourceId: c.hex(10, "root"), executionArn: arn(c, "execute-api", id) }),
  },
  "aws:apigatewayv2/api:Api": {
    id: (c) => c.hex(10), arn: (c, _n, id) => `arn:${c.partition}:apigateway:${c.region}::/apis/${id}`,
    outputs: (c, _n, id) => ({ apiEndpoint: `https://${id}.execute-api.${c.region}.amazonaws.com`, executionArn: arn(c, "execute-api", id) }),
  },
  "aws:backup/vault:Vault": { arn: (c, name) => arn(c, "backup", `backup-vault:${name}`) },
  "aws:backup/plan:Plan": { id: (c) => c.uuid(), arn: (c, _n, id) => arn(c, "backup", `backup-plan:${id}`) },
  "aws:eks/cluster:Cluster": { arn: (c, name) => arn(c, "eks", `cluster/${name}`), outputs: (c) => ({ endpoint: `https://${upper(c, 32, "dns")}.gr7.${c.region}.eks.amazonaws.com` }) },
  "aws:opensearch/domain:Domain": { nameInput: "domainName", arn: (c, name) => arn(c, "es", `domain/${name}`), outputs: (c, name) => ({ endpoint: `search-${name}-${c.hex(26, "dns")}.${c.region}.es.amazonaws.com` }) },
  "aws:cognito/userPool:UserPool": { id: (c) => `${c.region}_${upper(c, 9)}`, arn: (c, _n, id) => arn(c, "cognito-idp", `userpool/${id}`), outputs: (c, _n, id) => ({ endpoint: `cognito-idp.${c.region}.amazonaws.com/${id}` }) },
};

/** Types whose id is their bucket's name (`aws:s3/bucket<Part>:Bucket<Part>`). */
const BUCKET_PART = /^aws:s3\/bucket[A-Z]\w*:Bucket\w+$/;
const GLOBAL_SERVICES = new Set(["iam", "route53", "cloudfront", "organizations", "s3"]);

export function awsShape(type: string): OutputShape {
  const known = AWS_SHAPES[type];
  if (known) return known;
  if (BUCKET_PART.test(type)) return bucketPart;
  const [, module = "", kind = ""] = /^aws:([^/]+)\/[^:]+:(\w+)$/.exec(type) ?? [];
  return { arn: (c, name) => arn(c, module, `${kebab(kind)}/${name}`, !GLOBAL_SERVICES.has(module)) };
}

/** AWS auto-names: the logical name and a 7-hex-digit random suffix (or the `namePrefix` given). */
export function awsAutoName(c: SimContext, nameInput: string): string {
  const prefix = str(c.inputs, `${nameInput}Prefix`);
  return prefix ? `${prefix}${c.hex(26)}` : `${c.logical}-${c.hex(7)}`;
}
