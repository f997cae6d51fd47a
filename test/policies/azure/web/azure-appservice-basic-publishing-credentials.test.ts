import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/web/azure-appservice-basic-publishing-credentials";
import { UNKNOWN_BOOL } from "../../../helpers/policy-harness";
import { run } from "../helpers";

describe("azure-appservice-basic-publishing-credentials", () => {
  it("passes allow: false", () => {
    expect(run(rule, "azure-native:web:WebAppScmAllowed", { allow: false, name: "app", resourceGroupName: "rg" })).toEqual([]);
  });
  it("fails allow: true on SCM and FTP (medium)", () => {
    const out = run(rule, "azure-native:web:WebAppFtpAllowed", { allow: true });
    expect(out).toHaveLength(1);
    expect(out[0].severity).toBe("medium");
    expect(run(rule, "azure-native:web:WebAppScmAllowedSlot", { allow: true })).toHaveLength(1);
  });
  it("fails an unknown value", () => {
    expect(run(rule, "azure-native:web:WebAppFtpAllowedSlot", { allow: UNKNOWN_BOOL })).toHaveLength(1);
  });
});
