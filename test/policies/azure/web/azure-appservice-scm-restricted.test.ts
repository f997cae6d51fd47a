import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/web/azure-appservice-scm-restricted";
import { UNKNOWN_ARRAY, UNKNOWN_BOOL } from "../../../helpers/policy-harness";
import { messages, run, withProps } from "../helpers";

const APP = "azure-native:web:WebApp";
const profile = { adminCidrs: ["198.51.100.0/24"] };
const happy = { siteConfig: {
  scmIpSecurityRestrictionsDefaultAction: "Deny",
  scmIpSecurityRestrictions: [{ action: "Allow", ipAddress: "198.51.100.0/25", priority: 100 }, { action: "Allow", vnetSubnetResourceId: "/subnets/build" }],
} };

describe("azure-appservice-scm-restricted", () => {
  it("passes SCM restricted to admin ranges with default Deny", () => {
    expect(run(rule, APP, happy, { profile })).toEqual([]);
  });
  it("passes an app without public network access", () => {
    expect(run(rule, APP, { publicNetworkAccess: "Disabled" })).toEqual([]);
  });
  it("uses the main site's restrictions when scmIpSecurityRestrictionsUseMain is set", () => {
    const main = { siteConfig: { scmIpSecurityRestrictionsUseMain: true, ipSecurityRestrictionsDefaultAction: "Deny", ipSecurityRestrictions: [{ action: "Allow", ipAddress: "198.51.100.1/32" }] } };
    expect(run(rule, APP, main, { profile })).toEqual([]);
    expect(run(rule, APP, withProps(main, { siteConfig: { ipSecurityRestrictionsDefaultAction: "Allow" } }), { profile })).toHaveLength(1);
  });
  it("fails a default Allow action (absent or explicit)", () => {
    expect(messages(run(rule, APP, {}, { profile }))[0]).toContain("scmIpSecurityRestrictionsDefaultAction");
    expect(run(rule, "azure-native:web:WebAppSlot", withProps(happy, { siteConfig: { scmIpSecurityRestrictionsDefaultAction: "Allow" } }), { profile })).toHaveLength(1);
  });
  it("fails allowed addresses outside adminCidrs and service tags", () => {
    expect(messages(run(rule, APP, withProps(happy, { siteConfig: { scmIpSecurityRestrictions: [{ action: "Allow", ipAddress: "0.0.0.0/0" }] } }), { profile }))[0]).toContain("0.0.0.0/0");
    expect(run(rule, APP, withProps(happy, { siteConfig: { scmIpSecurityRestrictions: [{ ipAddress: "AzureCloud", tag: "ServiceTag" }] } }), { profile })).toHaveLength(1);
  });
  it("ignores Deny entries", () => {
    expect(run(rule, APP, withProps(happy, { siteConfig: { scmIpSecurityRestrictions: [{ action: "Deny", ipAddress: "0.0.0.0/0" }] } }), { profile })).toEqual([]);
  });
  it("fails remote debugging", () => {
    expect(messages(run(rule, APP, withProps(happy, { siteConfig: { remoteDebuggingEnabled: true } }), { profile }))[0]).toContain("remoteDebuggingEnabled");
  });
  it("fails unknown restrictions or debugging switch", () => {
    expect(run(rule, APP, withProps(happy, { siteConfig: { scmIpSecurityRestrictions: UNKNOWN_ARRAY } }), { profile })).toHaveLength(1);
    expect(run(rule, APP, withProps(happy, { siteConfig: { remoteDebuggingEnabled: UNKNOWN_BOOL } }), { profile })).toHaveLength(1);
  });
});
