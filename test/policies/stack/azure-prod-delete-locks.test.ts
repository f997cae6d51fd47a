import { describe, expect, it } from "vitest";
import { rule } from "../../../policies/rules/stack/azure-prod-delete-locks";
import { runStackRule, UNKNOWN_STRING } from "../../helpers/policy-harness";

const rg = { type: "azure-native:resources:ResourceGroup", name: "rg", props: { resourceGroupName: "rg-prod" } };
const st = { type: "azure-native:storage:StorageAccount", name: "st", props: { accountName: "hopst", resourceGroupName: UNKNOWN_STRING }, propertyDependencies: { resourceGroupName: ["rg"] } };
const lock = (level: string) => ({ type: "azure-native:authorization:ManagementLockAtResourceGroupLevel", name: "lock", props: { resourceGroupName: "rg-prod", level } });

describe("azure-prod-delete-locks", () => {
  it("passes a locked prod group (lock by literal name, data linked by dependency)", () => {
    expect(runStackRule(rule, [rg, st, lock("CanNotDelete")])).toEqual([]);
  });
  it("fails a prod group holding data without a delete lock", () => {
    expect(runStackRule(rule, [rg, st])[0].message).toContain("sans verrou");
    expect(runStackRule(rule, [rg, st, lock("None")])).toHaveLength(1);
  });
  it("accepts a resource-level lock and ignores dev stacks", () => {
    const resLock = { type: "azure-native:authorization:ManagementLockAtResourceLevel", name: "rl", props: { level: "CanNotDelete", resourceName: "hopst", resourceGroupName: "rg-prod", resourceType: "storageAccounts", resourceProviderNamespace: "Microsoft.Storage", parentResourcePath: "" } };
    expect(runStackRule(rule, [rg, st, resLock])).toEqual([]);
    expect(runStackRule(rule, [rg, st], { stack: "dev-alice" })).toEqual([]);
  });
});
