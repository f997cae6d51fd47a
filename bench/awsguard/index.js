// Benchmark only: every @pulumi/awsguard policy, mandatory, as a CrossGuard pack
// (`clausier-guard evaluate --policy-pack bench/awsguard`). awsguard registers its policies on
// require and AwsGuard extends @pulumi/policy's PolicyPack, whose constructor starts the analyzer.
"use strict";
const { AwsGuard } = require("@pulumi/awsguard");
new AwsGuard("awsguard", { all: "mandatory" });
