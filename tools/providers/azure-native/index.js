// Plan-only stand-in for the `azure-native` provider (see ../lib/standin.js and ../README.md).
"use strict";
const { run } = require("../lib/standin");

// The nil GUID: never a real tenant, subscription or principal.
const NIL = "00000000-0000-0000-0000-000000000000";

function configured(config, key) {
  const v = config.args[key] !== undefined ? config.args[key] : config.vars[`azure-native:config:${key}`];
  return typeof v === "string" && v ? v : undefined;
}

function invoke(token, _args, config) {
  switch (token) {
    case "azure-native:authorization:getClientConfig":
      return {
        clientId: configured(config, "clientId") || NIL,
        objectId: NIL,
        subscriptionId: configured(config, "subscriptionId") || process.env.ARM_SUBSCRIPTION_ID || NIL,
        tenantId: configured(config, "tenantId") || process.env.ARM_TENANT_ID || NIL,
      };
    case "azure-native:authorization:getClientToken":
      return { token: "clausier-guard-offline-token" };
    default:
      return undefined;
  }
}

module.exports = { invoke };
if (require.main === module) {
  run({ name: "azure-native", sdkPackage: "@pulumi/azure-native", fallbackVersion: "3.28.0", invoke });
}
