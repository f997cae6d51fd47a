// Plan-only stand-in for the `aws` provider (see ../lib/standin.js and ../README.md).
"use strict";
const { run, offline, configured } = require("../lib/standin");

const { offlineInvoke, DEFAULT_PLACEMENT, readPlacement } = offline;

// The configured region, else the environment's (as the real provider reads it).
function placement(config) {
  const p = { ...DEFAULT_PLACEMENT, ...readPlacement((k) => configured(config, "aws", k)) };
  if (!p.region) p.region = process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || "";
  return p;
}

// The data sources the offline engine answers, answered the same (one table: ci/evaluate/child/offline-invokes.ts).
function invoke(token, args, config) {
  return offlineInvoke(token, args, placement(config));
}

module.exports = { invoke, policyDocument: offline.policyDocument, zoneIdPrefix: offline.zoneIdPrefix };
if (require.main === module) {
  run({ name: "aws", sdkPackage: "@pulumi/aws", fallbackVersion: "7.48.0", invoke });
}
