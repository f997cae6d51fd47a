// A containerised health-data API (ECS Fargate behind an ALB, an ECR registry, a Lambda worker),
// written as teams write it: names generated, policies and container definitions built from other
// resources' outputs with apply / interpolate / jsonStringify. Stack `prod` is compliant; stack
// `prod-planted` (config `plant: true`) plants the violations named beside each `plant ?` below.
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const plant = new pulumi.Config().getBoolean("plant") ?? false;
const env = pulumi.getStack().replace(/-.*$/, "");
const provider = new aws.Provider("paris", {
  region: "eu-west-3",
  allowedAccountIds: ["111111111111"],
  defaultTags: { tags: { environment: env, owner: "editeur-sante", "data-classification": "health" } },
});
const opts = { provider };
const accountId = aws.getCallerIdentityOutput({}, opts).accountId;

const key = new aws.kms.Key("app-key", { description: "API data and logs", enableKeyRotation: true, deletionWindowInDays: 30 }, opts);
const dbPassword = new aws.secretsmanager.Secret("db-password", { kmsKeyId: key.arn }, opts);

// Network: tasks in private subnets, reachable only from the load balancer.
const vpc = new aws.ec2.Vpc("vpc", { cidrBlock: "10.30.0.0/16", enableDnsHostnames: true }, opts);
const subnets = ["a", "b"].map((az, i) => new aws.ec2.Subnet(`private-${az}`, { vpcId: vpc.id, cidrBlock: `10.30.${i}.0/24`, availabilityZone: `eu-west-3${az}` }, opts));
const albSg = new aws.ec2.SecurityGroup("alb", {
  vpcId: vpc.id,
  ingress: [{ protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] }],
  egress: [{ protocol: "tcp", fromPort: 8080, toPort: 8080, cidrBlocks: ["10.30.0.0/16"] }],
}, opts);
const taskSg = new aws.ec2.SecurityGroup("tasks", {
  vpcId: vpc.id,
  ingress: [{ protocol: "tcp", fromPort: 8080, toPort: 8080, securityGroups: [albSg.id] }],
  egress: [{ protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] }],
}, opts);

// Registry: immutable tags, scanned, encrypted; pulled by this account's roles only.
const repo = new aws.ecr.Repository("api", {
  imageTagMutability: "IMMUTABLE",
  imageScanningConfiguration: { scanOnPush: true },
  encryptionConfigurations: [{ encryptionType: "KMS", kmsKey: key.arn }],
}, opts);
new aws.ecr.RepositoryPolicy("api-pull", {
  repository: repo.name,
  policy: pulumi.jsonStringify({
    Version: "2012-10-17",
    Statement: [{
      Sid: "pull", Effect: "Allow", Action: ["ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"],
      // plant: O-12.3.12, anyone can pull the images.
      Principal: plant ? "*" : { AWS: pulumi.interpolate`arn:aws:iam::${accountId}:root` },
    }],
  }),
}, opts);

const logs = new aws.cloudwatch.LogGroup("api", { retentionInDays: 365, kmsKeyId: key.arn }, opts);
const execRole = new aws.iam.Role("task-exec", {
  assumeRolePolicy: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { Service: "ecs-tasks.amazonaws.com" }, Action: "sts:AssumeRole" }] }),
}, opts);
new aws.iam.RolePolicyAttachment("task-exec", { role: execRole.name, policyArn: "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy" }, opts);

const cluster = new aws.ecs.Cluster("api", { settings: [{ name: "containerInsights", value: "enabled" }] }, opts);
const task = new aws.ecs.TaskDefinition("api", {
  family: "api",
  cpu: "512",
  memory: "1024",
  networkMode: "awsvpc",
  requiresCompatibilities: ["FARGATE"],
  executionRoleArn: execRole.arn,
  containerDefinitions: pulumi.jsonStringify([{
    name: "api",
    image: pulumi.interpolate`${repo.repositoryUrl}:1.4.2`,
    portMappings: [{ containerPort: 8080 }],
    environment: [
      { name: "PORT", value: "8080" },
      // plant: O-8.2, the database password in clear in the task definition.
      ...(plant ? [{ name: "DB_PASSWORD", value: "not-a-real-password" }] : []),
    ],
    secrets: plant ? [] : [{ name: "DB_PASSWORD", valueFrom: dbPassword.arn }],
    logConfiguration: { logDriver: "awslogs", options: { "awslogs-group": logs.name, "awslogs-region": "eu-west-3", "awslogs-stream-prefix": "api" } },
  }]),
}, opts);

const alb = new aws.lb.LoadBalancer("api", { loadBalancerType: "application", subnets: subnets.map((s) => s.id), securityGroups: [albSg.id], dropInvalidHeaderFields: true }, opts);
const tg = new aws.lb.TargetGroup("api", { port: 8080, protocol: "HTTPS", vpcId: vpc.id, targetType: "ip" }, opts);
new aws.lb.Listener("https", {
  loadBalancerArn: alb.arn, port: 443, protocol: "HTTPS", sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06",
  certificateArn: pulumi.interpolate`arn:aws:acm:eu-west-3:${accountId}:certificate/00000000-0000-0000-0000-000000000000`,
  defaultActions: [{ type: "forward", targetGroupArn: tg.arn }],
}, opts);
new aws.ecs.Service("api", {
  cluster: cluster.arn,
  taskDefinition: task.arn,
  launchType: "FARGATE",
  desiredCount: 2,
  // plant: O-5.3 (good practice), tasks reachable from the internet.
  networkConfiguration: { subnets: subnets.map((s) => s.id), securityGroups: [taskSg.id], assignPublicIp: plant },
  loadBalancers: [{ targetGroupArn: tg.arn, containerName: "api", containerPort: 8080 }],
}, opts);

// A worker function: reads the password's ARN, never the password.
const fnRole = new aws.iam.Role("worker", {
  assumeRolePolicy: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }] }),
}, opts);
new aws.lambda.Function("worker", {
  // plant: O-3.10, Node.js 18 (deprecated 2025-09-01).
  runtime: plant ? "nodejs18.x" : "nodejs22.x",
  handler: "index.handler",
  role: fnRole.arn,
  kmsKeyArn: key.arn,
  code: new pulumi.asset.AssetArchive({ "index.js": new pulumi.asset.StringAsset("exports.handler = async () => ({ ok: true });\n") }),
  environment: { variables: { DB_PASSWORD_SECRET_ARN: dbPassword.arn, LOG_LEVEL: "info" } },
}, opts);

// An operations host, reached through SSM Session Manager (no SSH port open).
new aws.ec2.Instance("ops", {
  // plant: O-7.1, Amazon Linux 2 (end of support 2026-06-30).
  ami: plant ? "resolve:ssm:/aws/service/ami-amazon-linux-latest/amzn2-ami-hvm-x86_64-gp2" : "resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64",
  instanceType: "t3.micro",
  subnetId: subnets[0].id,
  vpcSecurityGroupIds: [taskSg.id],
  metadataOptions: { httpTokens: "required" },
  rootBlockDevice: { encrypted: true, kmsKeyId: key.arn },
}, opts);

// O-12.3.7: the hospital's auditors get a read-only role.
const auditRole = new aws.iam.Role("hospital-audit", {
  assumeRolePolicy: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: "arn:aws:iam::999999999999:root" }, Action: "sts:AssumeRole" }] }),
}, opts);
new aws.iam.RolePolicyAttachment("hospital-audit-read-only", { role: auditRole.name, policyArn: "arn:aws:iam::aws:policy/SecurityAudit" }, opts);

export const repositoryUrl = repo.repositoryUrl;
// plant: O-8.2, a credential exported in clear (the compliant stack exports the secret's ARN).
export const database = plant ? pulumi.interpolate`postgres://api:not-a-real-password@db-${accountId}.internal:5432/api` : dbPassword.arn;
export const apiUrl = pulumi.interpolate`https://${alb.dnsName}`;
