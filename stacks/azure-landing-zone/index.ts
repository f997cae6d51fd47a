// Reference Azure landing zone for a health-data SaaS (France Central), compliant with the
// Clausier conformité numérique (§8, §12.3–§12.6). Written to be copied, the ordinary way:
// generated names, ids, URIs and settings taken from other resources' outputs.
import * as pulumi from "@pulumi/pulumi";
import * as azure from "@pulumi/azure-native";

const config = new pulumi.Config();
const adminCidr = config.require("adminCidr");
const env = pulumi.getStack().replace(/-.*$/, "");
const location = "francecentral";
const tenantId = "00000000-0000-0000-0000-000000000001";
const tags = { environment: env, owner: "editeur-sante", "data-classification": "health" };

const subscriptionId = azure.authorization.getClientConfigOutput().subscriptionId;
const keyName = "cle-donnees-sante";

const rg = new azure.resources.ResourceGroup("sante-prod", { location, tags });
// O-12.3.8: production resources cannot be deleted by mistake.
new azure.authorization.ManagementLockAtResourceGroupLevel("no-delete", { resourceGroupName: rg.name, level: "CanNotDelete", notes: "Production health data" });

// O-6.1 to O-6.5: one workspace for audit logs, kept 1 year (CNIL 2021-122) then purged.
const logs = new azure.operationalinsights.Workspace("audit", {
  resourceGroupName: rg.name, location, retentionInDays: 365, sku: { name: "PerGB2018" }, tags,
});
const audit = (name: string, resourceUri: pulumi.Input<string>) => new azure.monitor.DiagnosticSetting(`${name}-audit`, {
  resourceUri, workspaceId: logs.id, logs: [{ categoryGroup: "audit", enabled: true }, { categoryGroup: "allLogs", enabled: true }],
});

// O-8.4: the hospital's keys in a hardened vault (purge protection, RBAC, private).
const vault = new azure.keyvault.Vault("hospital-keys", {
  resourceGroupName: rg.name, location, tags,
  properties: {
    tenantId, sku: { family: "A", name: "premium" },
    enableSoftDelete: true, softDeleteRetentionInDays: 90, enablePurgeProtection: true, enableRbacAuthorization: true,
    publicNetworkAccess: "Disabled",
    networkAcls: { defaultAction: "Deny", bypass: "AzureServices", ipRules: [{ value: adminCidr }] },
  },
});
audit("vault", vault.id);
const key = new azure.keyvault.Key("data-key", {
  resourceGroupName: rg.name, vaultName: vault.name, keyName, tags,
  properties: {
    kty: "RSA-HSM", keySize: 3072,
    rotationPolicy: { lifetimeActions: [{ action: { type: "rotate" }, trigger: { timeAfterCreate: "P180D" } }], attributes: { expiryTime: "P2Y" } },
  },
});
const identity = new azure.managedidentity.UserAssignedIdentity("data-access", { resourceGroupName: rg.name, location, tags });
const vaultUri = vault.properties.vaultUri;

// Storage (O-8.1, O-8.4, O-12.3.10, O-12.3.12): HTTPS only, CMK, no network access from outside.
// TLS 1.2 minimum and no anonymous blob access are the service's defaults: not restated.
const storage = new azure.storage.StorageAccount("documents", {
  resourceGroupName: rg.name, location, tags,
  kind: "StorageV2", sku: { name: "Standard_ZRS" },
  enableHttpsTrafficOnly: true, allowSharedKeyAccess: false, publicNetworkAccess: "Disabled",
  networkRuleSet: { defaultAction: "Deny", bypass: "AzureServices" },
  identity: { type: "UserAssigned", userAssignedIdentities: [identity.id] },
  encryption: {
    keySource: "Microsoft.Keyvault",
    requireInfrastructureEncryption: true,
    keyVaultProperties: { keyVaultUri: vaultUri, keyName: key.name },
    encryptionIdentity: { encryptionUserAssignedIdentity: identity.id },
    services: { blob: { enabled: true, keyType: "Account" }, file: { enabled: true, keyType: "Account" } },
  },
});
audit("storage", storage.id);
new azure.storage.BlobServiceProperties("documents-blob", {
  resourceGroupName: rg.name, accountName: storage.name, blobServicesName: "default",
  isVersioningEnabled: true,
  deleteRetentionPolicy: { enabled: true, days: 30 },
  containerDeleteRetentionPolicy: { enabled: true, days: 30 },
});

// Database (O-8.1, O-8.4, O-12.3.6, O-12.3.8): PostgreSQL 16, Entra ID only, CMK, private, 35-day backups.
const pg = new azure.dbforpostgresql.Server("patients", {
  resourceGroupName: rg.name, location, tags,
  version: "16",
  sku: { name: "Standard_D2ds_v5", tier: "GeneralPurpose" },
  storage: { storageSizeGB: 128 },
  authConfig: { activeDirectoryAuth: "Enabled", passwordAuth: "Disabled", tenantId },
  dataEncryption: { type: "AzureKeyVault", primaryKeyURI: key.keyUriWithVersion, primaryUserAssignedIdentityId: identity.id },
  identity: { type: "UserAssigned", userAssignedIdentities: identity.id.apply((id) => ({ [id]: {} })) },
  backup: { backupRetentionDays: 35, geoRedundantBackup: "Disabled" },
  network: { publicNetworkAccess: "Disabled" },
  highAvailability: { mode: "ZoneRedundant" },
});
audit("postgres", pg.id);
new azure.dbforpostgresql.Configuration("require-tls", { resourceGroupName: rg.name, serverName: pg.name, configurationName: "require_secure_transport", value: "on", source: "user-override" });
new azure.dbforpostgresql.Configuration("tls-min", { resourceGroupName: rg.name, serverName: pg.name, configurationName: "ssl_min_protocol_version", value: "TLSv1.2", source: "user-override" });

// Application (O-8.1, O-5.3): HTTPS only, TLS 1.2, no FTP, Kudu reachable from the admin network only.
const plan = new azure.web.AppServicePlan("app-plan", { resourceGroupName: rg.name, location, tags, kind: "linux", reserved: true, sku: { name: "P1v3", tier: "PremiumV3" } });
const app = new azure.web.WebApp("portal", {
  resourceGroupName: rg.name, location, tags, serverFarmId: plan.id,
  httpsOnly: true, clientCertEnabled: true, clientCertMode: "Required", publicNetworkAccess: "Enabled",
  siteConfig: {
    minTlsVersion: "1.2", scmMinTlsVersion: "1.2", ftpsState: "Disabled", http20Enabled: true,
    linuxFxVersion: "NODE|22-lts", remoteDebuggingEnabled: false,
    scmIpSecurityRestrictions: [{ ipAddress: adminCidr, action: "Allow", priority: 100, name: "hospital-admin" }],
    scmIpSecurityRestrictionsDefaultAction: "Deny", scmIpSecurityRestrictionsUseMain: false,
    appSettings: [
      { name: "DB_HOST", value: pg.fullyQualifiedDomainName },
      { name: "DOCUMENTS_ACCOUNT", value: storage.name },
      { name: "DB_PASSWORD", value: pulumi.interpolate`@Microsoft.KeyVault(SecretUri=${vaultUri}secrets/db)` },
    ],
  },
});
audit("portal", app.id);
new azure.web.WebAppScmAllowed("portal-no-basic-scm", { resourceGroupName: rg.name, name: app.name, allow: false });
new azure.web.WebAppFtpAllowed("portal-no-basic-ftp", { resourceGroupName: rg.name, name: app.name, allow: false });

// AI endpoint (O-12.6.1 to O-12.6.5): regional deployment, private, Entra ID only, hospital key.
const aiTags = {
  ...tags,
  "ai-declaration": "DECL-IA-2026-002",
  "clausier:ai-component": "true",
  "clausier:ai-dedicated": "yes",
  "clausier:ai-access-mode": "saas",
  "clausier:ai-open-source": "no",
  "clausier:ai-model": "gpt-4o-2024-08-06",
  "clausier:ai-act-risk": "limited",
};
const ai = new azure.cognitiveservices.Account("assistant", {
  resourceGroupName: rg.name, location, tags: aiTags, kind: "OpenAI", sku: { name: "S0" },
  identity: { type: "SystemAssigned" },
  properties: {
    customSubDomainName: "chu-exemple-assistant",
    publicNetworkAccess: "Disabled", disableLocalAuth: true, restrictOutboundNetworkAccess: true, allowedFqdnList: [],
    networkAcls: { defaultAction: "Deny" },
    encryption: { keySource: "Microsoft.KeyVault", keyVaultProperties: { keyVaultUri: vaultUri, keyName: key.name } },
  },
});
audit("assistant", ai.id);
new azure.cognitiveservices.Deployment("gpt-4o", {
  resourceGroupName: rg.name, accountName: ai.name, tags: aiTags,
  sku: { name: "Standard", capacity: 10 },
  properties: { model: { format: "OpenAI", name: "gpt-4o", version: "2024-08-06" }, raiPolicyName: "hospital-pii-filter" },
});
new azure.cognitiveservices.RaiPolicy("hospital-pii-filter", {
  resourceGroupName: rg.name, accountName: ai.name, raiPolicyName: "hospital-pii-filter",
  properties: { basePolicyName: "Microsoft.DefaultV2", mode: "Blocking", contentFilters: [{ name: "pii", blocking: true, enabled: true, source: "Completion" }] },
});

// O-12.3.7 / O-12.4.3: the hospital's auditors get read-only access.
new azure.authorization.RoleAssignment("hospital-auditor", {
  scope: rg.id, principalId: "00000000-0000-0000-0000-00000000a0d1", principalType: "Group",
  roleDefinitionId: pulumi.interpolate`/subscriptions/${subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/39bc4728-0917-49c7-9d2c-d95423bc2eb4`,
});

export const portalUrl = pulumi.interpolate`https://${app.defaultHostName}`;
