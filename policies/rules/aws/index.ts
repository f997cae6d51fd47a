// Every AWS resource rule, one per file.
import type { ResourceRule, Rule } from "../../core/rule";
import { withHealthEscalation } from "../../core/health";
import { rule as awsArnPartitionRegion } from "./all/aws-arn-partition-region";
import { rule as awsCacheSearchCmk } from "./all/aws-cache-search-cmk";
import { rule as awsDbNoPlaintextMasterPassword } from "./all/aws-db-no-plaintext-master-password";
import { rule as awsDbNotPublic } from "./all/aws-db-not-public";
import { rule as awsDocdbRedshiftTls } from "./all/aws-docdb-redshift-tls";
import { rule as awsHdsRegionForHealthData } from "./all/aws-hds-region-for-health-data";
import { rule as awsHealthDataClassificationTag } from "./all/aws-health-data-classification-tag";
import { rule as awsManagedAutoMinorUpgrades } from "./all/aws-managed-auto-minor-upgrades";
import { rule as awsMessagingCmk } from "./all/aws-messaging-cmk";
import { rule as awsNoEolEngines } from "./all/aws-no-eol-engines";
import { rule as awsNoSecretsInAppConfig } from "./all/aws-no-secrets-in-app-config";
import { rule as awsReplicationTargetRegion } from "./all/aws-replication-target-region";
import { rule as awsResourceRegionAllowed } from "./all/aws-resource-region-allowed";
import { rule as awsResourceRegionFrance } from "./all/aws-resource-region-france";
import { rule as awsApigwDefaultEndpointDisabled } from "./apigateway/aws-apigw-default-endpoint-disabled";
import { rule as awsApigwDomainTls12 } from "./apigateway/aws-apigw-domain-tls12";
import { rule as awsBackupVaultCmk } from "./backup/aws-backup-vault-cmk";
import { rule as awsAiGuardrailPii } from "./bedrock/aws-ai-guardrail-pii";
import { rule as awsBedrockCmk } from "./bedrock/aws-bedrock-cmk";
import { rule as awsBedrockInferenceEuRouting } from "./bedrock/aws-bedrock-inference-eu-routing";
import { rule as awsBedrockInferenceInRegion } from "./bedrock/aws-bedrock-inference-in-region";
import { rule as awsCloudfrontHttpsOnly } from "./cloudfront/aws-cloudfront-https-only";
import { rule as awsCloudfrontTls12 } from "./cloudfront/aws-cloudfront-tls12";
import { rule as awsLogsCmk } from "./cloudwatch/aws-logs-cmk";
import { rule as awsCognitoAdvancedSecurity } from "./cognito/aws-cognito-advanced-security";
import { rule as awsCognitoFederation } from "./cognito/aws-cognito-federation";
import { rule as awsCognitoMfaStrongFactor } from "./cognito/aws-cognito-mfa-strong-factor";
import { rule as awsCognitoMfa } from "./cognito/aws-cognito-mfa";
import { rule as awsCognitoPasswordPolicy } from "./cognito/aws-cognito-password-policy";
import { rule as awsDynamodbCmk } from "./dynamodb/aws-dynamodb-cmk";
import { rule as awsEbsEncryptedCmk } from "./ebs/aws-ebs-encrypted-cmk";
import { rule as awsEc2NoEolImage } from "./ec2/aws-ec2-no-eol-image";
import { rule as awsEc2NoSshPasswordAuth } from "./ec2/aws-ec2-no-ssh-password-auth";
import { rule as awsNaclOpenAdmin } from "./ec2/aws-nacl-open-admin";
import { rule as awsSgAdminSourceAllowlist } from "./ec2/aws-sg-admin-source-allowlist";
import { rule as awsSgNoOpenAdminPorts } from "./ec2/aws-sg-no-open-admin-ports";
import { rule as awsVendorMaintenanceIpDeclared } from "./ec2/aws-vendor-maintenance-ip-declared";
import { rule as awsContainerImageScanning } from "./ecr/aws-container-image-scanning";
import { rule as awsEcrImmutableTags } from "./ecr/aws-ecr-immutable-tags";
import { rule as awsEcrPolicyNoPublic } from "./ecr/aws-ecr-policy-no-public";
import { rule as awsEcsServiceNoPublicIp } from "./ecs/aws-ecs-service-no-public-ip";
import { rule as awsEcsTaskNoPlaintextSecrets } from "./ecs/aws-ecs-task-no-plaintext-secrets";
import { rule as awsEfsEncryptedCmk } from "./efs/aws-efs-encrypted-cmk";
import { rule as awsEksEndpointRestricted } from "./eks/aws-eks-endpoint-restricted";
import { rule as awsEksSecretsEncryption } from "./eks/aws-eks-secrets-encryption";
import { rule as awsCacheTransitEncryption } from "./elasticache/aws-cache-transit-encryption";
import { rule as awsThreatDetectionEnabled } from "./guardduty/aws-threat-detection-enabled";
import { rule as awsIamNoAdminWildcard } from "./iam/aws-iam-no-admin-wildcard";
import { rule as awsIamUserNoConsoleStaticKeys } from "./iam/aws-iam-user-no-console-static-keys";
import { rule as awsKmsDeletionWindow } from "./kms/aws-kms-deletion-window";
import { rule as awsKmsKeyspecReview } from "./kms/aws-kms-keyspec-review";
import { rule as awsKmsPolicyNoPublic } from "./kms/aws-kms-policy-no-public";
import { rule as awsKmsRgsKeyspec } from "./kms/aws-kms-rgs-keyspec";
import { rule as awsKmsRotationLifecycle } from "./kms/aws-kms-rotation-lifecycle";
import { rule as awsKmsRsa2048Expired } from "./kms/aws-kms-rsa2048-expired";
import { rule as awsNoDeprecatedRuntimes } from "./lambda/aws-no-deprecated-runtimes";
import { rule as awsAdminPathsIpRestricted } from "./lb/aws-admin-paths-ip-restricted";
import { rule as awsLbListenerTls12 } from "./lb/aws-lb-listener-tls12";
import { rule as awsLbNoPlainHttp } from "./lb/aws-lb-no-plain-http";
import { rule as awsLbTargetGroupNoPlaintext } from "./lb/aws-lb-target-group-no-plaintext";
import { rule as awsMtlsCpsTruststore } from "./lb/aws-mtls-cps-truststore";
import { rule as awsMskTls } from "./msk/aws-msk-tls";
import { rule as awsOpensearchNotPublic } from "./opensearch/aws-opensearch-not-public";
import { rule as awsOpensearchTls12 } from "./opensearch/aws-opensearch-tls12";
import { rule as awsProviderRegionAllowed } from "./provider/aws-provider-region-allowed";
import { rule as awsRdsEncryptedCmk } from "./rds/aws-rds-encrypted-cmk";
import { rule as awsRdsPerformanceInsightsCmk } from "./rds/aws-rds-performance-insights-cmk";
import { rule as awsRdsTlsMinVersion } from "./rds/aws-rds-tls-min-version";
import { rule as awsS3NoPublicAccess } from "./s3/aws-s3-no-public-access";
import { rule as awsSagemakerHardening } from "./sagemaker/aws-sagemaker-hardening";
import { rule as awsSagemakerModelNetworkIsolation } from "./sagemaker/aws-sagemaker-model-network-isolation";
import { rule as awsSecretsCmk } from "./secretsmanager/aws-secrets-cmk";

/** Rules whose finding already depends on the health-data tag: escalating them again would double-count. */
const HEALTH_GATED = new Set(["aws-cognito-mfa", "aws-lb-target-group-no-plaintext"]);

const resourceRules: ResourceRule[] = [
  awsArnPartitionRegion,
  awsCacheSearchCmk,
  awsDbNoPlaintextMasterPassword,
  awsDbNotPublic,
  awsDocdbRedshiftTls,
  awsHdsRegionForHealthData,
  awsHealthDataClassificationTag,
  awsManagedAutoMinorUpgrades,
  awsMessagingCmk,
  awsNoEolEngines,
  awsNoSecretsInAppConfig,
  awsReplicationTargetRegion,
  awsResourceRegionAllowed,
  awsResourceRegionFrance,
  awsApigwDefaultEndpointDisabled,
  awsApigwDomainTls12,
  awsBackupVaultCmk,
  awsAiGuardrailPii,
  awsBedrockCmk,
  awsBedrockInferenceEuRouting,
  awsBedrockInferenceInRegion,
  awsCloudfrontHttpsOnly,
  awsCloudfrontTls12,
  awsLogsCmk,
  awsCognitoAdvancedSecurity,
  awsCognitoFederation,
  awsCognitoMfaStrongFactor,
  awsCognitoMfa,
  awsCognitoPasswordPolicy,
  awsDynamodbCmk,
  awsEbsEncryptedCmk,
  awsEc2NoEolImage,
  awsEc2NoSshPasswordAuth,
  awsNaclOpenAdmin,
  awsSgAdminSourceAllowlist,
  awsSgNoOpenAdminPorts,
  awsVendorMaintenanceIpDeclared,
  awsContainerImageScanning,
  awsEcrImmutableTags,
  awsEcrPolicyNoPublic,
  awsEcsServiceNoPublicIp,
  awsEcsTaskNoPlaintextSecrets,
  awsEfsEncryptedCmk,
  awsEksEndpointRestricted,
  awsEksSecretsEncryption,
  awsCacheTransitEncryption,
  awsThreatDetectionEnabled,
  awsIamNoAdminWildcard,
  awsIamUserNoConsoleStaticKeys,
  awsKmsDeletionWindow,
  awsKmsKeyspecReview,
  awsKmsPolicyNoPublic,
  awsKmsRgsKeyspec,
  awsKmsRotationLifecycle,
  awsKmsRsa2048Expired,
  awsNoDeprecatedRuntimes,
  awsAdminPathsIpRestricted,
  awsLbListenerTls12,
  awsLbNoPlainHttp,
  awsLbTargetGroupNoPlaintext,
  awsMtlsCpsTruststore,
  awsMskTls,
  awsOpensearchNotPublic,
  awsOpensearchTls12,
  awsProviderRegionAllowed,
  awsRdsEncryptedCmk,
  awsRdsPerformanceInsightsCmk,
  awsRdsTlsMinVersion,
  awsS3NoPublicAccess,
  awsSagemakerHardening,
  awsSagemakerModelNetworkIsolation,
  awsSecretsCmk,
];

export const awsRules: Rule[] = resourceRules.map((r) => (HEALTH_GATED.has(r.name) ? r : withHealthEscalation(r)));
