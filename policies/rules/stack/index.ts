// Every rule of families E, F, G and the cross-resource checks (stack rules, and the resource rules
// of those families placed in provider folders), one per file.
import type { Rule } from "../../core/rule";
import { rule as aiNoNominativeDataSources } from "./ai-no-nominative-data-sources";
import { rule as auditAccountProvisioned } from "./audit-account-provisioned";
import { rule as awsAccessLogs } from "./aws-access-logs";
import { rule as awsBackupPlanCoverage } from "./aws-backup-plan-coverage";
import { rule as awsCloudtrailBaseline } from "./aws-cloudtrail-baseline";
import { rule as awsCloudtrailDataEventsHealth } from "./aws-cloudtrail-data-events-health";
import { rule as awsLogBucketLifecycle } from "./aws-log-bucket-lifecycle";
import { rule as awsRdsForceSsl } from "./aws-rds-force-ssl";
import { rule as awsS3BucketKeyEnabled } from "./aws-s3-bucket-key-enabled";
import { rule as awsS3DenyInsecureTransport } from "./aws-s3-deny-insecure-transport";
import { rule as awsS3PublicAccessBlock } from "./aws-s3-public-access-block";
import { rule as awsS3SseKmsCmk } from "./aws-s3-sse-kms-cmk";
import { rule as awsS3SseS3Advisory } from "./aws-s3-sse-s3-advisory";
import { rule as awsS3Versioning } from "./aws-s3-versioning";
import { rule as azureBlobRecovery } from "./azure-blob-recovery";
import { rule as azureDbBackupRetention } from "./azure-db-backup-retention";
import { rule as azureDiagnosticSettingsCoverage } from "./azure-diagnostic-settings-coverage";
import { rule as azurePublicIpNsgFiltered } from "./azure-public-ip-nsg-filtered";
import { rule as azurePgMysqlSecureTransport } from "./azure-pg-mysql-secure-transport";
import { rule as azureProdDeleteLocks } from "./azure-prod-delete-locks";
import { rule as azureSqlAuditing } from "./azure-sql-auditing";
import { rule as azureSqlTdeCmk } from "./azure-sql-tde-cmk";
import { rule as azureSqlTdeKeyAutoRotation } from "./azure-sql-tde-key-auto-rotation";
import { rule as azureStorageCmk } from "../azure/storage/azure-storage-cmk";
import { rule as awsEc2PublicHttpOnly } from "../aws/ec2/aws-ec2-public-http-only";
import { rule as cryptoShreddingReady } from "./crypto-shredding-ready";
import { rule as envAwsAccountPinned } from "./env-aws-account-pinned";
import { rule as envAzureSubscriptionPinned } from "./env-azure-subscription-pinned";
import { rule as envDistinctStacks } from "./env-distinct-stacks";
import { rule as envNoCrossEnvNetwork } from "./env-no-cross-env-network";
import { rule as envNoCrossEnvReferences } from "./env-no-cross-env-references";
import { rule as envNoProdDataInNonprod } from "./env-no-prod-data-in-nonprod";
import { rule as envTagConsistency } from "./env-tag-consistency";
import { rule as stackOutputsNoPlaintextSecrets } from "./stack-outputs-no-plaintext-secrets";
import { rule as logExportInteroperable } from "./log-export-interoperable";
import { rule as awsLogRetentionBounded } from "../aws/cloudwatch/aws-log-retention-bounded";
import { rule as awsLogRetentionMinimum } from "../aws/cloudwatch/aws-log-retention-minimum";
import { rule as awsServiceAuditLogs } from "../aws/all/aws-service-audit-logs";
import { rule as awsDbBackupRetention } from "../aws/all/aws-db-backup-retention";
import { rule as awsDeletionProtectionProd } from "../aws/all/aws-deletion-protection-prod";
import { rule as azureLogRetentionBounded } from "../azure/operationalinsights/azure-log-retention-bounded";
import { rule as azureLogRetentionMinimum } from "../azure/operationalinsights/azure-log-retention-minimum";
import { rule as azureBackupVaultProtection } from "../azure/recoveryservices/azure-backup-vault-protection";
import { rule as azureBackupVaultImmutability } from "../azure/recoveryservices/azure-backup-vault-immutability";

export const stackRules: Rule[] = [
  aiNoNominativeDataSources,
  auditAccountProvisioned,
  awsAccessLogs,
  awsBackupPlanCoverage,
  awsCloudtrailBaseline,
  awsCloudtrailDataEventsHealth,
  awsLogBucketLifecycle,
  awsRdsForceSsl,
  awsS3BucketKeyEnabled,
  awsS3DenyInsecureTransport,
  awsS3PublicAccessBlock,
  awsS3SseKmsCmk,
  awsS3SseS3Advisory,
  awsS3Versioning,
  azureBlobRecovery,
  azureDbBackupRetention,
  azureDiagnosticSettingsCoverage,
  azurePgMysqlSecureTransport,
  azurePublicIpNsgFiltered,
  azureProdDeleteLocks,
  azureSqlAuditing,
  azureSqlTdeCmk,
  azureSqlTdeKeyAutoRotation,
  azureStorageCmk,
  awsEc2PublicHttpOnly,
  cryptoShreddingReady,
  envAwsAccountPinned,
  envAzureSubscriptionPinned,
  envDistinctStacks,
  envNoCrossEnvNetwork,
  envNoCrossEnvReferences,
  envNoProdDataInNonprod,
  envTagConsistency,
  stackOutputsNoPlaintextSecrets,
  logExportInteroperable,
  awsLogRetentionBounded,
  awsLogRetentionMinimum,
  awsServiceAuditLogs,
  awsDbBackupRetention,
  awsDeletionProtectionProd,
  azureLogRetentionBounded,
  azureLogRetentionMinimum,
  azureBackupVaultProtection,
  azureBackupVaultImmutability,
];
