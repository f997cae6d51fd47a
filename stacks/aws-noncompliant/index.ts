// Deliberately non-compliant: each resource breaks the clauses named beside it. Used by the tests,
// which assert the exact set of (resource, clause) findings.
import * as aws from "@pulumi/aws";

const tags = { environment: "dev", "data-classification": "health" };

// O-12.3.2: a provider outside the EU.
const virginia = new aws.Provider("virginia", { region: "us-east-1" });
new aws.s3.Bucket("exports-us", { tags }, { provider: virginia });

// O-5.3: SSH open to the internet.
new aws.ec2.SecurityGroup("bastion", {
  ingress: [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] }],
  tags,
});

// O-8.4, O-12.3.6, O-5.3: unencrypted public database with a plaintext master password.
new aws.rds.Instance("legacy-db", {
  engine: "postgres",
  engineVersion: "16.4",
  instanceClass: "db.t4g.micro",
  allocatedStorage: 20,
  username: "admin",
  password: "not-a-real-password",
  publiclyAccessible: true,
  storageEncrypted: false,
  backupRetentionPeriod: 7,
  tags,
});

// O-8.1: HTTPS listener with the provider's default policy (TLS 1.0).
new aws.lb.Listener("legacy-https", {
  loadBalancerArn: "arn:aws:elasticloadbalancing:eu-west-3:333333333333:loadbalancer/app/legacy/0123456789abcdef",
  port: 443,
  protocol: "HTTPS",
  certificateArn: "arn:aws:acm:eu-west-3:333333333333:certificate/00000000-0000-0000-0000-000000000000",
  defaultActions: [{ type: "forward", targetGroupArn: "arn:aws:elasticloadbalancing:eu-west-3:333333333333:targetgroup/app/0123456789abcdef" }],
});

// O-6.5: logs kept forever; O-8.4: no customer key.
new aws.cloudwatch.LogGroup("app-logs", { retentionInDays: 0, tags });
