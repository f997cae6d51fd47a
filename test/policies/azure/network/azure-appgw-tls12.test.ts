import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/network/azure-appgw-tls12";
import { UNKNOWN_OBJECT, UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { messages, run } from "../helpers";

const AGW = "azure-native:network:ApplicationGateway";

describe("azure-appgw-tls12", () => {
  it("passes allowed predefined and custom policies", () => {
    expect(run(rule, AGW, { sslPolicy: { policyType: "Predefined", policyName: "AppGwSslPolicy20220101S" } })).toEqual([]);
    expect(run(rule, AGW, { sslPolicy: { policyType: "CustomV2", minProtocolVersion: "TLSv1_3" } })).toEqual([]);
    expect(run(rule, AGW, { sslPolicy: { policyName: "AppGwSslPolicy20170401S" } })).toEqual([]);
  });
  it("leaves an absent policy to the low advisory rule", () => {
    expect(run(rule, AGW, {})).toEqual([]);
  });
  it("fails weak predefined policies", () => {
    expect(messages(run(rule, AGW, { sslPolicy: { policyType: "Predefined", policyName: "AppGwSslPolicy20150501" } }))[0]).toContain("AppGwSslPolicy20150501");
    expect(run(rule, AGW, { sslPolicy: { policyType: "Predefined", policyName: "AppGwSslPolicy20170401" } })).toHaveLength(1);
    expect(run(rule, AGW, { sslPolicy: { policyType: "Predefined" } })).toHaveLength(1);
  });
  it("fails custom policies below TLS 1.2 or without a minimum", () => {
    expect(run(rule, AGW, { sslPolicy: { policyType: "Custom", minProtocolVersion: "TLSv1_1" } })).toHaveLength(1);
    expect(run(rule, AGW, { sslPolicy: { policyType: "Custom" } })).toHaveLength(1);
  });
  it("checks SSL profiles too", () => {
    const out = run(rule, AGW, { sslPolicy: { policyName: "AppGwSslPolicy20220101" }, sslProfiles: [{ name: "p", sslPolicy: { policyType: "Custom", minProtocolVersion: "TLSv1_0" } }] });
    expect(messages(out)[0]).toContain("sslProfiles[0].sslPolicy");
  });
  it("fails unknown policies", () => {
    expect(run(rule, AGW, { sslPolicy: UNKNOWN_OBJECT })).toHaveLength(1);
    expect(run(rule, AGW, { sslPolicy: { policyType: "Predefined", policyName: UNKNOWN_STRING } })).toHaveLength(1);
  });
});
