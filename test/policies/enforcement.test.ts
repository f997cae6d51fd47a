// Enforcement: critical and high always block; medium blocks in production only and low advises,
// unless the hospital's profile says otherwise (profile.enforcement).
import { describe, expect, it } from "vitest";
import { allRules } from "../../policies/rules";
import type { ResourceRule } from "../../policies/core/rule";
import { runResourceRule } from "../helpers/policy-harness";

const medium = allRules.find((r) => r.name === "aws-kms-rotation-lifecycle") as ResourceRule;
const low = allRules.find((r) => r.name === "aws-kms-deletion-window") as ResourceRule;
const high = allRules.find((r) => r.name === "aws-resource-region-allowed") as ResourceRule;
const levels = (rule: ResourceRule, props: Record<string, unknown>, stack: string, profile?: unknown) =>
  runResourceRule(rule, { type: rule === high ? "aws:s3/bucket:Bucket" : "aws:kms/key:Key", props, stack, profile }).map((v) => v.enforcementLevel);

describe("enforcement levels", () => {
  it("defaults: high always mandatory, medium mandatory in prod only, low advisory", () => {
    expect(levels(high, { region: "us-east-1" }, "dev-x")).toEqual(["mandatory"]);
    expect(levels(medium, { enableKeyRotation: false }, "prod")).toEqual(["mandatory"]);
    expect(levels(medium, { enableKeyRotation: false }, "dev-x")).toEqual(["advisory"]);
    expect(levels(low, { deletionWindowInDays: 7 }, "prod")).toEqual(["advisory"]);
  });
  it("follows profile.enforcement for medium and low, never below mandatory for high", () => {
    const strict = { enforcement: { medium: "mandatory", low: "mandatory" } };
    expect(levels(medium, { enableKeyRotation: false }, "dev-x", strict)).toEqual(["mandatory"]);
    expect(levels(low, { deletionWindowInDays: 7 }, "dev-x", strict)).toEqual(["mandatory"]);
    const lenient = { enforcement: { medium: "advisory" } };
    expect(levels(medium, { enableKeyRotation: false }, "prod", lenient)).toEqual(["advisory"]);
    expect(levels(high, { region: "us-east-1" }, "prod", lenient)).toEqual(["mandatory"]);
  });
});
