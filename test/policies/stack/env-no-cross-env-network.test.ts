import { describe, expect, it } from "vitest";
import { rule } from "../../../policies/rules/stack/env-no-cross-env-network";
import { runStackRule, UNKNOWN_STRING } from "../../helpers/policy-harness";
import { DEV_ACCOUNT, DEV_SUB, envProfile, PROD_ACCOUNT, PROD_SUB } from "./env-fixtures";

const peering = (peerOwnerId: unknown, deps?: Record<string, string[]>) => ({ type: "aws:ec2/vpcPeeringConnection:VpcPeeringConnection", name: "peer", props: { vpcId: "vpc-1", peerVpcId: "vpc-2", peerOwnerId }, propertyDependencies: deps });
const vnetPeering = (sub: string) => ({ type: "azure-native:network:VirtualNetworkPeering", name: "vp", props: { resourceGroupName: "rg", virtualNetworkName: "v", remoteVirtualNetwork: { id: `/subscriptions/${sub}/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/other` } } });

describe("env-no-cross-env-network", () => {
  it("passes links within the environment", () => {
    expect(runStackRule(rule, [peering(DEV_ACCOUNT), vnetPeering(DEV_SUB)], { stack: "dev-alice", profile: envProfile })).toEqual([]);
    expect(runStackRule(rule, [peering(undefined)], { profile: envProfile })).toEqual([]);
  });
  it("fails a VPC peering from dev into the prod account, and the reverse", () => {
    expect(runStackRule(rule, [peering(PROD_ACCOUNT)], { stack: "dev-alice", profile: envProfile })[0].severity).toBe("critical");
    expect(runStackRule(rule, [peering(DEV_ACCOUNT)], { stack: "prod", profile: envProfile })).toHaveLength(1);
  });
  it("fails a VNet peering to a prod subscription and a TGW peering to a prod account", () => {
    expect(runStackRule(rule, [vnetPeering(PROD_SUB)], { stack: "dev-alice", profile: envProfile })).toHaveLength(1);
    const tgw = { type: "aws:ec2transitgateway/peeringAttachment:PeeringAttachment", name: "tgw", props: { peerAccountId: PROD_ACCOUNT, peerRegion: "eu-west-3", peerTransitGatewayId: "tgw-1", transitGatewayId: "tgw-2" } };
    expect(runStackRule(rule, [tgw], { stack: "dev-alice", profile: envProfile })).toHaveLength(1);
  });
  it("reports an unknown peer unless it comes from this stack", () => {
    expect(runStackRule(rule, [peering(UNKNOWN_STRING)], { profile: envProfile })[0].message).toContain("inconnu");
    const acct = { type: "aws:organizations/account:Account", name: "acct", props: {} };
    expect(runStackRule(rule, [acct, peering(UNKNOWN_STRING, { peerOwnerId: ["acct"] })], { profile: envProfile })).toEqual([]);
  });
});
