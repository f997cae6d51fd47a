// Plan-only stand-in for the `azure-native` provider (see ../lib/standin.js and ../README.md).
"use strict";
const { run, offline, configured } = require("../lib/standin");

const { offlineInvoke, DEFAULT_PLACEMENT, readPlacement } = offline;

function placement(config) {
  const p = { ...DEFAULT_PLACEMENT, ...readPlacement((k) => configured(config, "azure-native", k)) };
  if (process.env.ARM_SUBSCRIPTION_ID && !configured(config, "azure-native", "subscriptionId")) p.subscription = process.env.ARM_SUBSCRIPTION_ID;
  if (process.env.ARM_TENANT_ID && !configured(config, "azure-native", "tenantId")) p.tenant = process.env.ARM_TENANT_ID;
  return p;
}

// The data sources the offline engine answers, answered the same (one table: ci/evaluate/child/offline-invokes.ts).
function invoke(token, args, config) {
  return offlineInvoke(token, args, placement(config));
}

module.exports = { invoke };
if (require.main === module) {
  run({ name: "azure-native", sdkPackage: "@pulumi/azure-native", fallbackVersion: "3.28.0", invoke });
}
