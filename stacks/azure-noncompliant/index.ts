// Deliberately non-compliant: each resource breaks the clauses named beside it. Used by the tests,
// which assert the exact set of (resource, clause) findings.
import * as azure from "@pulumi/azure-native";

const tags = { environment: "dev", "data-classification": "health" };
const rg = new azure.resources.ResourceGroup("rg", { resourceGroupName: "rg-legacy-dev", location: "francecentral", tags });

// O-12.3.2 / O-12.3.3: health data in the United States; O-8.1: TLS 1.0 allowed by default.
new azure.storage.StorageAccount("exportsus", {
  resourceGroupName: rg.name, location: "eastus", tags,
  kind: "StorageV2", sku: { name: "Standard_LRS" },
});

// O-5.3: RDP open to the internet.
new azure.network.NetworkSecurityGroup("jumpbox", {
  resourceGroupName: rg.name, tags,
  securityRules: [{
    name: "rdp", priority: 100, direction: "Inbound", access: "Allow", protocol: "Tcp",
    sourceAddressPrefix: "*", sourcePortRange: "*", destinationAddressPrefix: "*", destinationPortRange: "3389",
  }],
});

// O-8.1: SQL server accepting TLS 1.0; O-12.3.6: password administrator; O-5.3: all Azure IPs allowed.
const sql = new azure.sql.Server("legacy-sql", {
  resourceGroupName: rg.name, tags,
  administratorLogin: "sqladmin",
  administratorLoginPassword: "not-a-real-password",
  minimalTlsVersion: "1.0",
});
new azure.sql.FirewallRule("allow-azure", { resourceGroupName: rg.name, serverName: sql.name, startIpAddress: "0.0.0.0", endIpAddress: "0.0.0.0" });

// O-12.6.5 / O-12.3.2: a global OpenAI deployment (processed in any Azure region).
const ai = new azure.cognitiveservices.Account("assistant", {
  resourceGroupName: rg.name, tags, kind: "OpenAI", sku: { name: "S0" },
  properties: { customSubDomainName: "legacy-assistant", publicNetworkAccess: "Enabled" },
});
new azure.cognitiveservices.Deployment("gpt", {
  resourceGroupName: rg.name, accountName: ai.name,
  sku: { name: "GlobalStandard", capacity: 10 },
  properties: { model: { format: "OpenAI", name: "gpt-4o", version: "2024-08-06" } },
});
