import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/web/azure-appservice-tls12";
import { UNKNOWN_BOOL, UNKNOWN_OBJECT, UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { messages, run, without, withProps } from "../helpers";
import { expectUnverified } from "../../unverified";

const APP = "azure-native:web:WebApp";
const happy = { httpsOnly: true, siteConfig: { minTlsVersion: "1.2", scmMinTlsVersion: "1.3", ftpsState: "Disabled" } };

describe("azure-appservice-tls12", () => {
  it("passes an HTTPS-only app with TLS 1.2+ and no plain FTP", () => {
    expect(run(rule, APP, happy)).toEqual([]);
    expect(run(rule, "azure-native:web:WebAppSlot", withProps(happy, { siteConfig: { ftpsState: "FtpsOnly" } }))).toEqual([]);
  });
  it("accepts absent TLS versions (platform default 1.2)", () => {
    expect(run(rule, APP, without(without(happy, "siteConfig.minTlsVersion"), "siteConfig.scmMinTlsVersion"))).toEqual([]);
  });
  it("fails httpsOnly absent or false", () => {
    expect(messages(run(rule, APP, without(happy, "httpsOnly")))[0]).toContain("httpsOnly");
    expect(run(rule, APP, withProps(happy, { httpsOnly: false }))).toHaveLength(1);
  });
  it("fails TLS 1.0/1.1 on the site or SCM", () => {
    expect(messages(run(rule, APP, withProps(happy, { siteConfig: { minTlsVersion: "1.0" } })))[0]).toContain("siteConfig.minTlsVersion");
    expect(messages(run(rule, APP, withProps(happy, { siteConfig: { scmMinTlsVersion: "1.1" } })))[0]).toContain("siteConfig.scmMinTlsVersion");
  });
  it("fails plain FTP, explicit or by default", () => {
    expect(run(rule, APP, withProps(happy, { siteConfig: { ftpsState: "AllAllowed" } }))).toHaveLength(1);
    expect(messages(run(rule, APP, without(happy, "siteConfig.ftpsState")))[0]).toContain("ftpsState");
  });
  it("fails unknown values", () => {
    expectUnverified(run(rule, APP, withProps(happy, { httpsOnly: UNKNOWN_BOOL })), "httpsOnly");
    expectUnverified(run(rule, APP, withProps(happy, { siteConfig: { minTlsVersion: UNKNOWN_STRING, ftpsState: UNKNOWN_STRING } })), "siteConfig.minTlsVersion", "siteConfig.ftpsState");
  });
  it("a siteConfig made unknown by one output is one advisory for the policy, not one finding per field", () => {
    expectUnverified(run(rule, APP, withProps(happy, { siteConfig: UNKNOWN_OBJECT })), "siteConfig");
  });
});
