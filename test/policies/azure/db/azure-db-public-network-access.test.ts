import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/db/azure-db-public-network-access";
import { run } from "../helpers";

describe("azure-db-public-network-access", () => {
  it("passes disabled public access and VNet-integrated servers", () => {
    expect(run(rule, "azure-native:sql:Server", { publicNetworkAccess: "Disabled" })).toEqual([]);
    expect(run(rule, "azure-native:dbforpostgresql:Server", { network: { publicNetworkAccess: "Disabled" } })).toEqual([]);
    expect(run(rule, "azure-native:dbformysql:Server", { network: { delegatedSubnetResourceId: "/subnets/db" } })).toEqual([]);
  });
  it("advises on public access, explicit or by default", () => {
    const out = run(rule, "azure-native:sql:Server", {});
    expect(out).toHaveLength(1);
    expect(out[0].enforcementLevel).toBe("advisory");
    expect(run(rule, "azure-native:dbforpostgresql:Server", { network: { publicNetworkAccess: "Enabled" } })[0].message).toContain("network.publicNetworkAccess");
  });
});
