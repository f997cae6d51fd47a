// Enforcement: a finding blocks when its severity says so (critical and high always; medium in
// production; low advises, unless profile.enforcement says otherwise) AND its basis is the clause
// text or a value the profile sets (docs/checks.md, "Enforcement grounding"). Good practice advises
// unless the profile raises it; a CCTP figure the profile leaves unset advises and names the key.
import { describe, expect, it } from "vitest";
import { allRules } from "../../policies/rules";
import type { ResourceRule, StackRule } from "../../policies/core/rule";
import { runResourceRule, runStackRule } from "../helpers/policy-harness";

const byName = (n: string) => allRules.find((r) => r.name === n) as ResourceRule;
const high = byName("aws-resource-region-allowed"); // clause O-12.3.2
const medium = byName("aws-kms-rgs-keyspec"); // clause O-8.3
const low = byName("azure-keyvault-key-rsa-3072"); // clause O-8.3
const run = (rule: ResourceRule, type: string, props: Record<string, unknown>, stack: string, profile?: unknown) =>
  runResourceRule(rule, { type, props, stack, profile }).map((v) => v.enforcementLevel);
const levels = (rule: ResourceRule, stack: string, profile?: unknown) =>
  rule === high ? run(high, "aws:s3/bucket:Bucket", { region: "us-east-1" }, stack, profile)
    : rule === medium ? run(medium, "aws:kms/key:Key", { customerMasterKeySpec: "ECC_SECG_P256K1" }, stack, profile)
      : run(low, "azure-native:keyvault:Key", { properties: { kty: "RSA", keySize: 2048 } }, stack, profile);

describe("enforcement levels by severity (clause-based policies)", () => {
  it("defaults: high always mandatory, medium mandatory in prod only, low advisory", () => {
    expect(levels(high, "dev-x")).toEqual(["mandatory"]);
    expect(levels(medium, "prod")).toEqual(["mandatory"]);
    expect(levels(medium, "dev-x")).toEqual(["advisory"]);
    expect(levels(low, "prod")).toEqual(["advisory"]);
  });
  it("follows profile.enforcement for medium and low, never below mandatory for high", () => {
    const strict = { enforcement: { medium: "mandatory", low: "mandatory" } };
    expect(levels(medium, "dev-x", strict)).toEqual(["mandatory"]);
    expect(levels(low, "dev-x", strict)).toEqual(["mandatory"]);
    const lenient = { enforcement: { medium: "advisory" } };
    expect(levels(medium, "prod", lenient)).toEqual(["advisory"]);
    expect(levels(high, "prod", lenient)).toEqual(["mandatory"]);
  });
});

describe("grounded enforcement (basis)", () => {
  const protection = byName("aws-deletion-protection-prod"); // high, good practice
  const unprotected = (profile?: unknown) => run(protection, "aws:rds/instance:Instance", { engine: "postgres", deletionProtection: false }, "prod", profile);
  it("a high good-practice policy is advisory by default", () => {
    expect(unprotected()).toEqual(["advisory"]);
  });
  it("the profile raises a practice policy by name or by family", () => {
    expect(unprotected({ enforcement: { raise: ["aws-deletion-protection-prod"] } })).toEqual(["mandatory"]);
    expect(unprotected({ enforcement: { raise: ["G"] } })).toEqual(["mandatory"]);
    expect(unprotected({ enforcement: { raise: ["F"] } })).toEqual(["advisory"]);
  });
  it("a profile-based policy whose key is unset is advisory and its message names the key", () => {
    const bounded = byName("aws-log-retention-bounded");
    const out = runResourceRule(bounded, { type: "aws:cloudwatch/logGroup:LogGroup", props: {} });
    expect(out.map((v) => v.enforcementLevel)).toEqual(["advisory"]);
    expect(out[0].message).toContain("`logRetentionDays.max`");
    const set = runResourceRule(bounded, { type: "aws:cloudwatch/logGroup:LogGroup", props: {}, profile: { logRetentionDays: { max: 365 } } });
    expect(set.map((v) => v.enforcementLevel)).toEqual(["mandatory"]);
    expect(set[0].message).not.toContain("logRetentionDays.max");
  });
  it("customer keys: mandatory on stores of personal data, advisory elsewhere unless keys.scope is all", () => {
    const queue = byName("aws-messaging-cmk");
    const q = (profile?: unknown) => runResourceRule(queue, { type: "aws:sqs/queue:Queue", props: {}, profile });
    expect(q().map((v) => v.enforcementLevel)).toEqual(["advisory"]);
    expect(q()[0].message).toContain("keys.scope: all");
    expect(q({ keys: { scope: "all" } }).map((v) => v.enforcementLevel)).toEqual(["mandatory"]);
    const disk = byName("aws-ebs-encrypted-cmk");
    const d = (tags: Record<string, string> | undefined, profile?: unknown) => runResourceRule(disk, { type: "aws:ebs/volume:Volume", props: { encrypted: true, kmsKeyId: "alias/aws/ebs", tags }, profile }).map((v) => v.enforcementLevel);
    expect(d(undefined)).toEqual(["advisory"]);
    expect(d({ "data-classification": "health" })).toEqual(["mandatory"]);
    expect(d(undefined, { keys: { scope: "all" } })).toEqual(["mandatory"]);
    const db = byName("aws-rds-encrypted-cmk");
    expect(runResourceRule(db, { type: "aws:rds/instance:Instance", props: { engine: "postgres", storageEncrypted: true } }).map((v) => v.enforcementLevel)).toEqual(["mandatory"]);
  });
  it("account pinning is mandatory only when the profile declares the environment's accounts", () => {
    const pinned = allRules.find((r) => r.name === "env-aws-account-pinned") as StackRule;
    const provider = [{ type: "pulumi:providers:aws", name: "default", props: { region: "eu-west-3" }, provider: null }];
    expect(runStackRule(pinned, provider).map((v) => v.enforcementLevel)).toEqual(["advisory"]);
    const declared = { environments: { prod: { stacks: ["prod*"], awsAccounts: ["111111111111"] } } };
    expect(runStackRule(pinned, provider, { profile: declared }).map((v) => v.enforcementLevel)).toEqual(["mandatory"]);
  });
});
