// The platform and provider defaults the pack relies on, each with the date and API version it holds
// from and where it was read. Rules read them by key (`providerDefault("…")`): a rule never asserts a
// default that is not here (test/policies/provider-defaults.test.ts), and a dated default applies only
// from its date (`defaultHolds`), so an evaluation dated before it keeps the older behaviour.

export interface ProviderDefault<T = unknown> {
  value: T;
  /** What the default means, in plain words (English: the sources are). */
  what: string;
  /** The default holds from this date (ISO day), for resources created or reconciled since. */
  since?: string;
  /** The API or package version the value was read from. */
  apiVersion?: string;
  source: string;
}

const d = <T>(x: ProviderDefault<T>) => x;

export const PROVIDER_DEFAULTS = {
  "aws.s3.bucket.publicAccessBlocked": d({
    value: true,
    what: "New S3 buckets have all four Block Public Access settings on",
    since: "2023-04-28",
    source: "https://aws.amazon.com/about-aws/whats-new/2022/12/amazon-s3-automatically-enable-block-public-access-disable-access-control-lists-buckets-april-2023/",
  }),
  "aws.s3.bucket.aclsDisabled": d({
    value: true,
    what: "New S3 buckets use Object Ownership BucketOwnerEnforced: ACLs are disabled",
    since: "2023-04-28",
    source: "https://aws.amazon.com/about-aws/whats-new/2022/12/amazon-s3-automatically-enable-block-public-access-disable-access-control-lists-buckets-april-2023/",
  }),
  "aws.s3.publicAccessBlock.flagOmitted": d({
    value: false,
    what: "A declared BucketPublicAccessBlock sets each omitted flag to false",
    apiVersion: "@pulumi/aws 7.48.0",
    source: "node_modules/@pulumi/aws/s3/bucketPublicAccessBlock.d.ts (\"Defaults to `false`\")",
  }),
  "aws.cloudfront.minimumProtocolVersion": d({
    value: "TLSv1",
    what: "A CloudFront viewer certificate without minimumProtocolVersion accepts TLSv1",
    apiVersion: "@pulumi/aws 7.48.0",
    source: "node_modules/@pulumi/aws/types/input.d.ts (DistributionViewerCertificate.minimumProtocolVersion, \"Default: `TLSv1`\")",
  }),
  "aws.ec2.defaultSubnet.publicIp": d({
    value: true,
    what: "An instance launched without a subnet goes to a default subnet of the default VPC, which gives it a public IPv4 address",
    source: "https://docs.aws.amazon.com/vpc/latest/userguide/default-vpc.html (\"Default subnets\": public IPv4 addressing attribute set to true)",
  }),
  "aws.ec2.subnet.mapPublicIpOnLaunch": d({
    value: false,
    what: "A subnet declared without mapPublicIpOnLaunch gives its instances no public IPv4 address",
    apiVersion: "@pulumi/aws 7.48.0",
    source: "node_modules/@pulumi/aws/ec2/subnet.d.ts (mapPublicIpOnLaunch, \"Default is `false`\")",
  }),
  "aws.kms.rotationPeriodDays": d({
    value: 365,
    what: "KMS automatic rotation without rotationPeriodInDays rotates every 365 days",
    apiVersion: "@pulumi/aws 7.48.0",
    source: "node_modules/@pulumi/aws/kms/key.d.ts (rotationPeriodInDays)",
  }),
  "azure.storage.allowBlobPublicAccess": d({
    value: false,
    what: "A storage account without allowBlobPublicAccess allows no anonymous blob access",
    apiVersion: "Microsoft.Storage 2024-01-01 (azure-native 3.28.0)",
    source: "node_modules/@pulumi/azure-native/storage/storageAccount.d.ts (\"The default interpretation is false for this property\")",
  }),
  "azure.storage.minimumTls": d({
    value: "TLS1_2",
    what: "Azure Storage public endpoints refuse TLS 1.0 and 1.1 for every account, whatever minimumTlsVersion says",
    since: "2026-02-03",
    apiVersion: "service-side (the 2024-01-01 schema still documents a TLS 1.0 default)",
    source: "https://petri.com/microsoft-retire-tls-azure-blob-storage/ (Microsoft's retirement of TLS 1.0/1.1 for Azure Storage, final date 3 February 2026)",
  }),
  "azure.sql.minimalTls": d({
    value: "1.2",
    what: "Azure SQL servers created without minimalTlsVersion get 1.2; 1.0/1.1 are refused since 2025-08-31",
    since: "2026-07-15",
    apiVersion: "Microsoft.Sql 2023-08-01 (azure-native 3.28.0)",
    source: "https://techcommunity.microsoft.com/t5/azure-sql-blog/azure-sql-is-deprecating-the-no-minimum-tls-mintls-none/ba-p/4508933",
  }),
  "azure.cosmos.minimalTls": d({
    value: "Tls12",
    what: "A Cosmos DB account created without minimalTlsVersion gets Tls12; TLS 1.0/1.1 are refused for every account since 2025-08-31",
    apiVersion: "Microsoft.DocumentDB 2022-11-15 and later (azure-native 3.28.0)",
    source: "node_modules/@pulumi/azure-native/cosmosdb/databaseAccount.d.ts (\"The default value is Tls 1.2\"); https://learn.microsoft.com/azure/cosmos-db/self-serve-minimum-tls-enforcement (\"The default value for new accounts is Tls12\", TLS 1.0/1.1 retired on August 31, 2025)",
  }),
  "azure.web.httpsOnly": d({
    value: false,
    what: "An App Service app without httpsOnly answers plain HTTP as well as HTTPS",
    apiVersion: "Microsoft.Web 2024-04-01 (azure-native 3.28.0)",
    source: "node_modules/@pulumi/azure-native/web/webApp.d.ts (httpsOnly \"configures a web site to accept only https requests\": an optional boolean, off unless set)",
  }),
  "azure.web.ftpsState": d({
    value: "AllAllowed",
    what: "An App Service app without siteConfig.ftpsState accepts plain FTP (and FTPS)",
    apiVersion: "Microsoft.Web 2024-04-01 (azure-native 3.28.0)",
    source: "https://azure.github.io/PSRule.Rules.Azure/en/rules/Azure.AppService.WebSecureFtp/ (\"By default, both FTP and SFTP are enabled\"); CIS Azure benchmark, App Service FTP deployments (\"By default, FTP based deployment is All allowed\")",
  }),
  "azure.web.minTlsVersion": d({
    value: "1.2",
    what: "An App Service app without siteConfig.minTlsVersion / scmMinTlsVersion requires TLS 1.2",
    apiVersion: "Microsoft.Web 2024-04-01 (azure-native 3.28.0)",
    source: "https://learn.microsoft.com/azure/app-service/overview-tls (\"By default, the minimum TLS version for incoming requests to your web app and to SCM would be set to 1.2 on both portal and API\")",
  }),
} as const;

export type DefaultKey = keyof typeof PROVIDER_DEFAULTS;

export function providerDefault<K extends DefaultKey>(key: K): (typeof PROVIDER_DEFAULTS)[K]["value"] {
  return PROVIDER_DEFAULTS[key].value;
}

/** Whether a dated default already holds at `now` (undated defaults always do). */
export function defaultHolds(key: DefaultKey, now: Date): boolean {
  const since: string | undefined = (PROVIDER_DEFAULTS[key] as ProviderDefault).since;
  return since === undefined || now.getTime() >= Date.parse(`${since}T00:00:00Z`);
}
