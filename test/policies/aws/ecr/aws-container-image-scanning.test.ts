import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/ecr/aws-container-image-scanning";
import { run } from "../helpers";

describe("aws-container-image-scanning", () => {
  it("passes scan on push and an enhanced registry scan", () => {
    expect(run(rule, "aws:ecr/repository:Repository", { imageScanningConfiguration: { scanOnPush: true } })).toEqual([]);
    expect(run(rule, "aws:ecr/registryScanningConfiguration:RegistryScanningConfiguration", { scanType: "ENHANCED", rules: [{ scanFrequency: "CONTINUOUS_SCAN", repositoryFilters: [{ filter: "*", filterType: "WILDCARD" }] }] })).toEqual([]);
  });
  it("fails repositories without scanning, medium", () => {
    const out = run(rule, "aws:ecr/repository:Repository", {});
    expect(out[0].severity).toBe("medium");
    expect(out[0].message).toContain("scanOnPush");
  });
  it("fails a registry configuration without rules or with basic scanning", () => {
    expect(run(rule, "aws:ecr/registryScanningConfiguration:RegistryScanningConfiguration", { scanType: "ENHANCED" })).toHaveLength(1);
    expect(run(rule, "aws:ecr/registryScanningConfiguration:RegistryScanningConfiguration", { scanType: "BASIC", rules: [{ scanFrequency: "SCAN_ON_PUSH", repositoryFilters: [] }] })[0].message).toContain("BASIC");
  });
});
