// A Linux VM for batch jobs and a Function app for the API on Azure (France Central), written as
// teams write them: ids and settings taken from other resources' outputs. Stack `prod` is
// compliant; stack `prod-planted` (config `plant: true`) plants the violations named beside each
// `plant ?` below.
import * as pulumi from "@pulumi/pulumi";
import * as azure from "@pulumi/azure-native";

const config = new pulumi.Config();
const plant = config.getBoolean("plant") ?? false;
const adminCidr = config.require("adminCidr");
const env = pulumi.getStack().replace(/-.*$/, "");
const tags = { environment: env, owner: "editeur-sante", "data-classification": "health" };

const rg = new azure.resources.ResourceGroup("batch", { tags });
const client = azure.authorization.getClientConfigOutput();

// O-8.4: the hospital's key, in a hardened vault, for the VM's disks and the storage account.
const vault = new azure.keyvault.Vault("batch-keys", {
  resourceGroupName: rg.name, tags,
  properties: {
    tenantId: client.tenantId, sku: { family: "A", name: "premium" },
    enableSoftDelete: true, softDeleteRetentionInDays: 90, enablePurgeProtection: true, enableRbacAuthorization: true,
    publicNetworkAccess: "Disabled", networkAcls: { defaultAction: "Deny", bypass: "AzureServices", ipRules: [{ value: adminCidr }] },
  },
});
const key = new azure.keyvault.Key("batch-data", {
  resourceGroupName: rg.name, vaultName: vault.name, tags,
  properties: {
    kty: "RSA-HSM", keySize: 3072,
    rotationPolicy: { lifetimeActions: [{ action: { type: "rotate" }, trigger: { timeAfterCreate: "P180D" } }], attributes: { expiryTime: "P2Y" } },
  },
});
const diskKeys = new azure.compute.DiskEncryptionSet("batch-disks", {
  resourceGroupName: rg.name, tags, identity: { type: "SystemAssigned" },
  encryptionType: "EncryptionAtRestWithCustomerKey", activeKey: { keyUrl: key.keyUriWithVersion }, rotationToLatestKeyVersionEnabled: true,
});
const storageIdentity = new azure.managedidentity.UserAssignedIdentity("funcstore-key", { resourceGroupName: rg.name, tags });

// Network: the VM subnet is filtered by an NSG that admits SSH from the hospital's admin range only.
const nsg = new azure.network.NetworkSecurityGroup("batch", {
  resourceGroupName: rg.name, tags,
  securityRules: [{
    name: "ssh-admin", priority: 100, direction: "Inbound", access: "Allow", protocol: "Tcp",
    sourceAddressPrefix: adminCidr, sourcePortRange: "*", destinationAddressPrefix: "*", destinationPortRange: "22",
  }],
});
const vnet = new azure.network.VirtualNetwork("batch", {
  resourceGroupName: rg.name, tags,
  addressSpace: { addressPrefixes: ["10.40.0.0/16"] },
  subnets: [
    { name: "vms", addressPrefix: "10.40.1.0/24", networkSecurityGroup: { id: nsg.id } },
    // plant: O-5.3, a subnet without NSG.
    ...(plant ? [{ name: "dmz", addressPrefix: "10.40.9.0/24" }] : []),
  ],
});
const subnetId = (name: string) => vnet.subnets.apply((s) => s?.find((x) => x.name === name)?.id ?? "");

// plant: O-5.3, a Basic public IP on an interface with no NSG, in the subnet without one.
const pip = plant ? new azure.network.PublicIPAddress("batch-ip", { resourceGroupName: rg.name, tags, sku: { name: "Basic" }, publicIPAllocationMethod: "Static" }) : undefined;
const nic = new azure.network.NetworkInterface("batch", {
  resourceGroupName: rg.name, tags,
  ipConfigurations: [{
    name: "ipconfig",
    subnet: { id: subnetId(plant ? "dmz" : "vms") },
    privateIPAllocationMethod: "Dynamic",
    ...(pip ? { publicIPAddress: { id: pip.id } } : {}),
  }],
});

const sshKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDocumentationKeyNotARealOneXXXXXXXXXXXXXXX batch@chu-exemple";
new azure.compute.VirtualMachine("batch", {
  resourceGroupName: rg.name, tags,
  hardwareProfile: { vmSize: "Standard_D2s_v5" },
  networkProfile: { networkInterfaces: [{ id: nic.id, primary: true }] },
  storageProfile: {
    // plant: O-7.1, Ubuntu 18.04 (out of standard support since 2023-05-31).
    imageReference: plant
      ? { publisher: "Canonical", offer: "UbuntuServer", sku: "18.04-LTS", version: "latest" }
      : { publisher: "Canonical", offer: "ubuntu-24_04-lts", sku: "server", version: "latest" },
    osDisk: { createOption: "FromImage", managedDisk: { storageAccountType: "Premium_LRS", diskEncryptionSet: { id: diskKeys.id } } },
  },
  osProfile: {
    computerName: "batch01",
    adminUsername: "batchadmin",
    // plant: O-5.2 (good practice), SSH password login.
    ...(plant ? { adminPassword: "not-a-real-password" } : {}),
    linuxConfiguration: {
      disablePasswordAuthentication: !plant,
      ssh: { publicKeys: [{ path: "/home/batchadmin/.ssh/authorized_keys", keyData: sshKey }] },
    },
  },
  securityProfile: { encryptionAtHost: true },
});

// Function app: identity-based storage connection (no account key in settings).
const funcStorage = new azure.storage.StorageAccount("funcstore", {
  resourceGroupName: rg.name, tags, kind: "StorageV2", sku: { name: "Standard_ZRS" },
  allowSharedKeyAccess: false, publicNetworkAccess: "Disabled", networkRuleSet: { defaultAction: "Deny", bypass: "AzureServices" },
  identity: { type: "UserAssigned", userAssignedIdentities: [storageIdentity.id] },
  encryption: {
    keySource: "Microsoft.Keyvault", requireInfrastructureEncryption: true,
    keyVaultProperties: { keyVaultUri: vault.properties.vaultUri, keyName: key.name },
    encryptionIdentity: { encryptionUserAssignedIdentity: storageIdentity.id },
    services: { blob: { enabled: true, keyType: "Account" }, file: { enabled: true, keyType: "Account" } },
  },
});
const plan = new azure.web.AppServicePlan("api", { resourceGroupName: rg.name, tags, kind: "linux", reserved: true, sku: { name: "EP1", tier: "ElasticPremium" } });
const app = new azure.web.WebApp("api", {
  resourceGroupName: rg.name, tags, kind: "functionapp,linux", serverFarmId: plan.id,
  httpsOnly: true, identity: { type: "SystemAssigned" },
  siteConfig: {
    minTlsVersion: "1.2", scmMinTlsVersion: "1.2", ftpsState: "Disabled",
    // plant: O-3.10, Node.js 18 (end of life 2025-04-30).
    linuxFxVersion: plant ? "Node|18" : "Node|22",
    scmIpSecurityRestrictions: [{ ipAddress: adminCidr, action: "Allow", priority: 100, name: "hospital-admin" }],
    scmIpSecurityRestrictionsDefaultAction: "Deny",
    appSettings: [
      { name: "AzureWebJobsStorage__accountName", value: funcStorage.name },
      // plant: O-3.10, Functions runtime 3.x (end of support 2022-12-13).
      { name: "FUNCTIONS_EXTENSION_VERSION", value: plant ? "~3" : "~4" },
      { name: "FUNCTIONS_WORKER_RUNTIME", value: "node" },
    ],
  },
});
new azure.web.WebAppScmAllowed("api-no-basic-scm", { resourceGroupName: rg.name, name: app.name, allow: false });
new azure.web.WebAppFtpAllowed("api-no-basic-ftp", { resourceGroupName: rg.name, name: app.name, allow: false });

// O-12.3.7: the hospital's auditors get read-only access (Security Reader).
new azure.authorization.RoleAssignment("hospital-auditor", {
  scope: rg.id, principalId: "00000000-0000-0000-0000-00000000a0d1", principalType: "Group",
  roleDefinitionId: pulumi.interpolate`/subscriptions/${client.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/39bc4728-0917-49c7-9d2c-d95423bc2eb4`,
});

export const apiUrl = pulumi.interpolate`https://${app.defaultHostName}`;
// plant: O-8.2, the storage account key exported in clear (the compliant stack exports no key).
export const storage = plant
  ? pulumi.interpolate`DefaultEndpointsProtocol=https;AccountName=${funcStorage.name};AccountKey=${azure.storage.listStorageAccountKeysOutput({ resourceGroupName: rg.name, accountName: funcStorage.name }).keys[0].value}`
  : funcStorage.primaryEndpoints.blob;
