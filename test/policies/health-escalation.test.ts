// docs/checks.md §3.1: on resources tagged as health data, medium → high and high → critical,
// for AWS and Azure rules alike; low stays advisory.
import { describe, expect, it } from "vitest";
import { allRules } from "../../policies/rules";
import type { ResourceRule } from "../../policies/core/rule";
import { runResourceRule } from "../helpers/policy-harness";

const rule = (name: string) => allRules.find((r) => r.name === name) as ResourceRule;

describe("health-data escalation", () => {
  it("raises an Azure high finding to critical on a health-tagged storage account", () => {
    const props = { minimumTlsVersion: "TLS1_0", enableHttpsTrafficOnly: true };
    const plain = runResourceRule(rule("azure-storage-tls12"), { type: "azure-native:storage:StorageAccount", props });
    const health = runResourceRule(rule("azure-storage-tls12"), { type: "azure-native:storage:StorageAccount", props: { ...props, tags: { "Data-Classification": "santé" } } });
    expect(plain.map((v) => v.severity)).toEqual(["high"]);
    expect(health.map((v) => v.severity)).toEqual(["critical"]);
  });
  it("raises an AWS medium finding to high, and so makes it blocking outside production", () => {
    const r = rule("aws-kms-rgs-keyspec");
    const plain = runResourceRule(r, { type: "aws:kms/key:Key", props: { customerMasterKeySpec: "ECC_SECG_P256K1" }, stack: "dev" });
    const health = runResourceRule(r, { type: "aws:kms/key:Key", props: { customerMasterKeySpec: "ECC_SECG_P256K1", tags: { "data-classification": "hds" } }, stack: "dev" });
    expect(plain.map((v) => [v.severity, v.enforcementLevel])).toEqual([["medium", "advisory"]]);
    expect(health.map((v) => [v.severity, v.enforcementLevel])).toEqual([["high", "mandatory"]]);
  });
  it("reads AWS provider default tags (JSON-encoded by @pulumi/aws) as the resource's tags", () => {
    const health = runResourceRule(rule("aws-kms-rgs-keyspec"), {
      type: "aws:kms/key:Key", props: { customerMasterKeySpec: "ECC_SECG_P256K1" }, stack: "dev",
      provider: { props: { region: "eu-west-3", defaultTags: JSON.stringify({ tags: { "data-classification": "health" } }) } },
    });
    expect(health.map((v) => v.severity)).toEqual(["high"]);
  });
});
