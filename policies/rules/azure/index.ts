// Every Azure (azure-native v3) resource rule, one per file, in family order (docs/clauses.md).
import { withHealthEscalation } from "../../core/health";
import type { ResourceRule, Rule } from "../../core/rule";
import { rule as azureLocationAllowed } from "./all/azure-location-allowed";
import { rule as azureLocationFrance } from "./all/azure-location-france";
import { rule as azureMultiLocationAllowed } from "./all/azure-multi-location-allowed";
import { rule as azureGeoBackupPairAllowed } from "./all/azure-geo-backup-pair-allowed";
import { rule as azureHdsRegionForHealthData } from "./all/azure-hds-region-for-health-data";
import { rule as azureHealthDataClassificationTag } from "./all/azure-health-data-classification-tag";
import { rule as azureApimTls12 } from "./apimanagement/azure-apim-tls12";
import { rule as azureCosmosTls12 } from "./cosmosdb/azure-cosmos-tls12";
import { rule as azureAciPublicHttpOnly } from "./containerinstance/azure-aci-public-http-only";
import { rule as azureAppgwHttpsListeners } from "./network/azure-appgw-https-listeners";
import { rule as azureAppgwNoPlaintextBackend } from "./network/azure-appgw-no-plaintext-backend";
import { rule as azureAppgwTls12Default } from "./network/azure-appgw-tls12-default";
import { rule as azureAppgwTls12 } from "./network/azure-appgw-tls12";
import { rule as azureRedisTls12 } from "./redis/azure-redis-tls12";
import { rule as azureSqlTls12 } from "./sql/azure-sql-tls12";
import { rule as azureStorageTls12 } from "./storage/azure-storage-tls12";
import { rule as azureAppserviceTls12 } from "./web/azure-appservice-tls12";
import { rule as azureBackupVaultCmk } from "./backup/azure-backup-vault-cmk";
import { rule as azureDiskCmk } from "./compute/azure-disk-cmk";
import { rule as azureDiskEncryptionSetRotation } from "./compute/azure-disk-encryption-set-rotation";
import { rule as azureVmNoEolImage } from "./compute/azure-vm-no-eol-image";
import { rule as azureVmSshKeyOnly } from "./compute/azure-vm-ssh-key-only";
import { rule as azureAksKms } from "./containerservice/azure-aks-kms";
import { rule as azureCosmosCmk } from "./cosmosdb/azure-cosmos-cmk";
import { rule as azurePgMysqlCmk } from "./db/azure-pg-mysql-cmk";
import { rule as azureKeyvaultHardening } from "./keyvault/azure-keyvault-hardening";
import { rule as azureKeyvaultKeyRgs } from "./keyvault/azure-keyvault-key-rgs";
import { rule as azureKeyvaultKeyRotation } from "./keyvault/azure-keyvault-key-rotation";
import { rule as azureKeyvaultKeyRsa3072 } from "./keyvault/azure-keyvault-key-rsa-3072";
import { rule as azureKeyvaultRbac } from "./keyvault/azure-keyvault-rbac";
import { rule as azureKeyvaultSoftDeleteRetention } from "./keyvault/azure-keyvault-soft-delete-retention";
import { rule as azureStorageInfrastructureEncryption } from "./storage/azure-storage-infrastructure-encryption";
import { rule as azurePaasNetworkDefaultDeny } from "./all/azure-paas-network-default-deny";
import { rule as azureRbacNoOwnerContributor } from "./authorization/azure-rbac-no-owner-contributor";
import { rule as azureAksApiRestricted } from "./containerservice/azure-aks-api-restricted";
import { rule as azureDbFirewallAdminCidrs } from "./db/azure-db-firewall-admin-cidrs";
import { rule as azureDbFirewallAzureServices } from "./db/azure-db-firewall-azure-services";
import { rule as azureDbPublicNetworkAccess } from "./db/azure-db-public-network-access";
import { rule as azureSqlPgMysqlFirewall } from "./db/azure-sql-pg-mysql-firewall";
import { rule as azureNsgAdminSourceAllowlist } from "./network/azure-nsg-admin-source-allowlist";
import { rule as azureNsgNoOpenAdminPorts } from "./network/azure-nsg-no-open-admin-ports";
import { rule as azureAppserviceBasicPublishingCredentials } from "./web/azure-appservice-basic-publishing-credentials";
import { rule as azureAppserviceScmRestricted } from "./web/azure-appservice-scm-restricted";
import { rule as azureDisableLocalAuth } from "./all/azure-disable-local-auth";
import { rule as azureMtlsCpsTruststore } from "./all/azure-mtls-cps-truststore";
import { rule as azureDbEntraOnlyAuth } from "./db/azure-db-entra-only-auth";
import { rule as azureDbEntraOnly } from "./db/azure-db-entra-only";
import { rule as azureWebappNoSecretsInConfig } from "./web/azure-webapp-no-secrets-in-config";
import { rule as azureAiRaiPolicyPii } from "./cognitiveservices/azure-ai-rai-policy-pii";
import { rule as azureCognitiveAccountHardening } from "./cognitiveservices/azure-cognitive-account-hardening";
import { rule as azureCognitiveAccountIsolation } from "./cognitiveservices/azure-cognitive-account-isolation";
import { rule as azureOpenaiDatazoneDeployment } from "./cognitiveservices/azure-openai-datazone-deployment";
import { rule as azureOpenaiRegionalDeployment } from "./cognitiveservices/azure-openai-regional-deployment";
import { rule as azureMlWorkspaceHardening } from "./machinelearningservices/azure-ml-workspace-hardening";
import { rule as azureNoEolEngines } from "./all/azure-no-eol-engines";
import { rule as azureAksAutoUpgrade } from "./containerservice/azure-aks-auto-upgrade";
import { rule as azureDefenderEnabled } from "./security/azure-defender-enabled";

const resourceRules: ResourceRule[] = [
  azureLocationAllowed,
  azureLocationFrance,
  azureMultiLocationAllowed,
  azureGeoBackupPairAllowed,
  azureHdsRegionForHealthData,
  azureHealthDataClassificationTag,
  azureApimTls12,
  azureCosmosTls12,
  azureAciPublicHttpOnly,
  azureAppgwHttpsListeners,
  azureAppgwNoPlaintextBackend,
  azureAppgwTls12Default,
  azureAppgwTls12,
  azureRedisTls12,
  azureSqlTls12,
  azureStorageTls12,
  azureAppserviceTls12,
  azureBackupVaultCmk,
  azureDiskCmk,
  azureDiskEncryptionSetRotation,
  azureVmNoEolImage,
  azureVmSshKeyOnly,
  azureAksKms,
  azureCosmosCmk,
  azurePgMysqlCmk,
  azureKeyvaultHardening,
  azureKeyvaultKeyRgs,
  azureKeyvaultKeyRotation,
  azureKeyvaultKeyRsa3072,
  azureKeyvaultRbac,
  azureKeyvaultSoftDeleteRetention,
  azureStorageInfrastructureEncryption,
  azurePaasNetworkDefaultDeny,
  azureRbacNoOwnerContributor,
  azureAksApiRestricted,
  azureDbFirewallAdminCidrs,
  azureDbFirewallAzureServices,
  azureDbPublicNetworkAccess,
  azureSqlPgMysqlFirewall,
  azureNsgAdminSourceAllowlist,
  azureNsgNoOpenAdminPorts,
  azureAppserviceBasicPublishingCredentials,
  azureAppserviceScmRestricted,
  azureDisableLocalAuth,
  azureMtlsCpsTruststore,
  azureDbEntraOnlyAuth,
  azureDbEntraOnly,
  azureWebappNoSecretsInConfig,
  azureAiRaiPolicyPii,
  azureCognitiveAccountHardening,
  azureCognitiveAccountIsolation,
  azureOpenaiDatazoneDeployment,
  azureOpenaiRegionalDeployment,
  azureMlWorkspaceHardening,
  azureNoEolEngines,
  azureAksAutoUpgrade,
  azureDefenderEnabled,
];

/** Rules whose finding already depends on the health-data tag: escalating them again would double-count. */
const HEALTH_GATED = new Set(["azure-hds-region-for-health-data", "azure-health-data-classification-tag", "azure-backup-vault-cmk"]);

export const azureRules: Rule[] = resourceRules.map((r) => (HEALTH_GATED.has(r.name) ? r : withHealthEscalation(r)));
