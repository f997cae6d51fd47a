// Reference AWS landing zone for a health-data SaaS, compliant with the Clausier conformité
// numérique (§8, §12.3–§12.6). Written to be copied, the ordinary way: generated names, policies
// and ARNs built from outputs (apply / interpolate); each block says which clause it satisfies.
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const config = new pulumi.Config();
const adminCidr = config.require("adminCidr");
const env = pulumi.getStack().replace(/-.*$/, "");

// O-12.3.2/O-12.5.11: every resource tagged with its environment and data classification;
// the provider is pinned to the production account (allowedAccountIds) and to Paris.
const provider = new aws.Provider("paris", {
  region: "eu-west-3",
  allowedAccountIds: ["111111111111"],
  defaultTags: { tags: { environment: env, owner: "editeur-sante", "data-classification": "health" } },
});
const opts = { provider };
const accountId = aws.getCallerIdentityOutput({}, opts).accountId;

// O-8.4: the hospital's keys (customer-managed, rotated, 30-day deletion window).
const dataKey = new aws.kms.Key("data-key", {
  description: "Health data at rest",
  enableKeyRotation: true,
  deletionWindowInDays: 30,
}, opts);
const logKey = new aws.kms.Key("log-key", {
  description: "Audit trails",
  enableKeyRotation: true,
  deletionWindowInDays: 30,
}, opts);

// Network: private subnets; admin access (SSH) only from the hospital's admin range (O-5.3).
const vpc = new aws.ec2.Vpc("vpc", { cidrBlock: "10.20.0.0/16", enableDnsHostnames: true }, opts);
const flowLogs = new aws.cloudwatch.LogGroup("vpc-flow-logs", { retentionInDays: 365, kmsKeyId: logKey.arn }, opts);
new aws.ec2.FlowLog("vpc-flow-logs", { vpcId: vpc.id, trafficType: "ALL", logDestinationType: "cloud-watch-logs", logDestination: flowLogs.arn, iamRoleArn: pulumi.interpolate`arn:aws:iam::${accountId}:role/flow-logs` }, opts);
const azs = aws.getAvailabilityZonesOutput({ state: "available" }, opts);
const subnets = [0, 1].map((i) => new aws.ec2.Subnet(`private-${i}`, {
  vpcId: vpc.id,
  cidrBlock: `10.20.${i}.0/24`,
  availabilityZone: azs.names[i],
}, opts));
const adminSg = new aws.ec2.SecurityGroup("admin", {
  vpcId: vpc.id,
  description: "Administration from the hospital admin network only",
  ingress: [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: [adminCidr], description: "SSH from the hospital admin network" }],
  egress: [{ protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["10.20.0.0/16"] }],
}, opts);
const dbSg = new aws.ec2.SecurityGroup("db", {
  vpcId: vpc.id,
  ingress: [{ protocol: "tcp", fromPort: 5432, toPort: 5432, securityGroups: [adminSg.id] }],
}, opts);

// Logging (O-6.1 to O-6.5): audit log groups encrypted, kept 1 year then purged.
new aws.cloudwatch.LogGroup("app-audit", { retentionInDays: 365, kmsKeyId: logKey.arn, deletionProtectionEnabled: true }, opts);

// Database (O-8.1, O-8.4, O-12.3.6, O-12.3.8): PostgreSQL 16, TLS forced, CMK, managed
// master password, backups 35 days, deletion protection, audit logs exported.
const pg = new aws.rds.ParameterGroup("pg16", {
  family: "postgres16",
  parameters: [
    { name: "rds.force_ssl", value: "1" },
    { name: "ssl_min_protocol_version", value: "TLSv1.2" },
  ],
}, opts);
const subnetGroup = new aws.rds.SubnetGroup("db", { subnetIds: subnets.map((s) => s.id) }, opts);
const db = new aws.rds.Instance("patients", {
  engine: "postgres",
  engineVersion: "16.4",
  instanceClass: "db.t4g.medium",
  allocatedStorage: 50,
  dbSubnetGroupName: subnetGroup.name,
  vpcSecurityGroupIds: [dbSg.id],
  parameterGroupName: pg.name,
  storageEncrypted: true,
  kmsKeyId: dataKey.arn,
  username: "app_admin",
  manageMasterUserPassword: true,
  masterUserSecretKmsKeyId: dataKey.arn,
  publiclyAccessible: false,
  backupRetentionPeriod: 35,
  deletionProtection: true,
  skipFinalSnapshot: false,
  finalSnapshotIdentifier: "patients-final",
  autoMinorVersionUpgrade: true,
  enabledCloudwatchLogsExports: ["postgresql", "upgrade"],
  performanceInsightsEnabled: true,
  performanceInsightsKmsKeyId: dataKey.arn,
  iamDatabaseAuthenticationEnabled: true,
  multiAz: true,
}, opts);

// Storage (O-8.1, O-8.4, O-12.3.10, O-12.3.12): documents bucket, KMS CMK, versioned, TLS-only
// bucket policy, access logs. New buckets block public access and disable ACLs by default (S3,
// April 2023): no public access block is restated here.
const logsBucket = new aws.s3.Bucket("access-logs", { tags: { "clausier:role": "logs", "data-classification": "audit-logs" } }, opts);
const docs = new aws.s3.Bucket("documents", {}, opts);
for (const [name, bucket] of [["documents", docs], ["access-logs", logsBucket]] as const) {
  new aws.s3.BucketServerSideEncryptionConfiguration(`${name}-sse`, {
    bucket: bucket.id,
    rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: dataKey.arn }, bucketKeyEnabled: true }],
  }, opts);
  new aws.s3.BucketVersioning(`${name}-versioning`, { bucket: bucket.id, versioningConfiguration: { status: "Enabled" } }, opts);
  new aws.s3.BucketPolicy(`${name}-tls-only`, {
    bucket: bucket.id,
    policy: bucket.arn.apply((arn) => JSON.stringify({
      Version: "2012-10-17",
      Statement: [{
        Sid: "DenyInsecureTransport", Effect: "Deny", Principal: "*", Action: "s3:*",
        Resource: [arn, `${arn}/*`],
        Condition: { Bool: { "aws:SecureTransport": "false" } },
      }, {
        Sid: "DenyOldTls", Effect: "Deny", Principal: "*", Action: "s3:*",
        Resource: [arn, `${arn}/*`],
        Condition: { NumericLessThan: { "s3:TlsVersion": "1.2" } },
      }],
    })),
  }, opts);
}
new aws.s3.BucketLogging("documents-logging", { bucket: docs.id, targetBucket: logsBucket.id, targetPrefix: "documents/" }, opts);
new aws.s3.BucketLifecycleConfiguration("access-logs-retention", {
  bucket: logsBucket.id,
  rules: [{ id: "purge-after-one-year", status: "Enabled", expiration: { days: 365 }, noncurrentVersionExpiration: { noncurrentDays: 30 } }],
}, opts);

// Audit trail (O-6.1, O-9.9): multi-region trail, validated, encrypted, data events on documents.
new aws.cloudtrail.Trail("audit", {
  s3BucketName: logsBucket.id,
  isMultiRegionTrail: true,
  includeGlobalServiceEvents: true,
  enableLogFileValidation: true,
  enableLogging: true,
  kmsKeyId: logKey.arn,
  eventSelectors: [{
    readWriteType: "All",
    includeManagementEvents: true,
    dataResources: [{ type: "AWS::S3::Object", values: [pulumi.interpolate`${docs.arn}/`] }],
  }],
}, opts);

// Backups (O-12.3.8): daily, kept 35 days, in a vault encrypted with the hospital's key.
const vault = new aws.backup.Vault("backups", { kmsKeyArn: dataKey.arn }, opts);
const plan = new aws.backup.Plan("daily", {
  rules: [{ ruleName: "daily-35d", targetVaultName: vault.name, schedule: "cron(0 2 * * ? *)", lifecycle: { deleteAfter: 35 } }],
}, opts);
new aws.backup.Selection("databases", {
  planId: plan.id, iamRoleArn: pulumi.interpolate`arn:aws:iam::${accountId}:role/aws-backup`, resources: [db.arn],
}, opts);

// O-12.3.7: the hospital's auditors get a read-only role.
const auditRole = new aws.iam.Role("hospital-audit", {
  assumeRolePolicy: JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Principal: { AWS: "arn:aws:iam::999999999999:root" }, Action: "sts:AssumeRole" }],
  }),
}, opts);
new aws.iam.RolePolicyAttachment("hospital-audit-read-only", { role: auditRole.name, policyArn: "arn:aws:iam::aws:policy/SecurityAudit" }, opts);

// Front door (O-8.1): HTTPS only with a TLS 1.2+ policy; plain HTTP redirects to HTTPS.
const albSg = new aws.ec2.SecurityGroup("alb", {
  vpcId: vpc.id,
  ingress: [{ protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] }, { protocol: "tcp", fromPort: 80, toPort: 80, cidrBlocks: ["0.0.0.0/0"] }],
}, opts);
const alb = new aws.lb.LoadBalancer("front", {
  loadBalancerType: "application",
  internal: false,
  subnets: subnets.map((s) => s.id),
  securityGroups: [albSg.id],
  enableDeletionProtection: true,
  dropInvalidHeaderFields: true,
  accessLogs: { bucket: logsBucket.id, enabled: true, prefix: "alb" },
}, opts);
const tg = new aws.lb.TargetGroup("app", { port: 8443, protocol: "HTTPS", vpcId: vpc.id, targetType: "ip" }, opts);
new aws.lb.Listener("https", {
  loadBalancerArn: alb.arn,
  port: 443,
  protocol: "HTTPS",
  sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06",
  certificateArn: pulumi.interpolate`arn:aws:acm:eu-west-3:${accountId}:certificate/00000000-0000-0000-0000-000000000000`,
  defaultActions: [{ type: "forward", targetGroupArn: tg.arn }],
}, opts);
new aws.lb.Listener("http-redirect", {
  loadBalancerArn: alb.arn,
  port: 80,
  protocol: "HTTP",
  defaultActions: [{ type: "redirect", redirect: { protocol: "HTTPS", port: "443", statusCode: "HTTP_301" } }],
}, opts);

// AI endpoint (O-12.6.1 to O-12.6.5): declared, isolated, encrypted with the hospital's key.
const aiTags = {
  "ai-declaration": "DECL-IA-2026-001",
  "clausier:ai-component": "true",
  "clausier:ai-dedicated": "yes",
  "clausier:ai-access-mode": "saas",
  "clausier:ai-open-source": "yes",
  "clausier:ai-model": "mistral-7b-instruct",
  "clausier:ai-act-risk": "limited",
};
const model = new aws.sagemaker.Model("triage-model", {
  executionRoleArn: pulumi.interpolate`arn:aws:iam::${accountId}:role/sagemaker-execution`,
  enableNetworkIsolation: true,
  primaryContainer: { image: pulumi.interpolate`${accountId}.dkr.ecr.eu-west-3.amazonaws.com/triage:1.4.2` },
  vpcConfig: { subnets: subnets.map((s) => s.id), securityGroupIds: [adminSg.id] },
  tags: aiTags,
}, opts);
new aws.sagemaker.EndpointConfiguration("triage", {
  kmsKeyArn: dataKey.arn,
  productionVariants: [{ modelName: model.name, variantName: "main", initialInstanceCount: 1, instanceType: "ml.m5.large" }],
  tags: aiTags,
}, opts);

export const vpcId = vpc.id;
export const frontDoor = alb.dnsName;
