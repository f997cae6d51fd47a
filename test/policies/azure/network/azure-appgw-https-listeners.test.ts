import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/network/azure-appgw-https-listeners";
import { UNKNOWN_ARRAY } from "../../../helpers/policy-harness";
import { messages, run, withProps } from "../helpers";

const AGW = "azure-native:network:ApplicationGateway";
const base = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/applicationGateways/agw";
const ref = (kind: string, name: string) => ({ id: `${base}/${kind}/${name}` });
const happy = {
  frontendIPConfigurations: [{ name: "public", publicIPAddress: { id: "/pip" } }, { name: "private", privateIPAddress: "10.0.0.4" }],
  httpListeners: [
    { name: "http", protocol: "Http", frontendIPConfiguration: ref("frontendIPConfigurations", "public") },
    { name: "https", protocol: "Https", frontendIPConfiguration: ref("frontendIPConfigurations", "public") },
  ],
  redirectConfigurations: [{ name: "to-https", redirectType: "Permanent", targetListener: ref("httpListeners", "https") }],
  requestRoutingRules: [
    { name: "r1", httpListener: ref("httpListeners", "http"), redirectConfiguration: ref("redirectConfigurations", "to-https") },
    { name: "r2", httpListener: ref("httpListeners", "https"), backendAddressPool: ref("backendAddressPools", "p") },
  ],
};

describe("azure-appgw-https-listeners", () => {
  it("passes an HTTP listener that redirects to the HTTPS listener", () => {
    expect(run(rule, AGW, happy)).toEqual([]);
  });
  it("passes a redirect to an https:// URL and a private HTTP listener", () => {
    expect(run(rule, AGW, withProps(happy, { redirectConfigurations: [{ name: "to-https", targetUrl: "https://app.example" }] }))).toEqual([]);
    const priv = withProps(happy, { httpListeners: [{ name: "http", protocol: "Http", frontendIPConfiguration: ref("frontendIPConfigurations", "private") }] });
    expect(run(rule, AGW, withProps(priv, { requestRoutingRules: [] }))).toEqual([]);
  });
  it("fails a public HTTP listener routed to a backend", () => {
    const out = run(rule, AGW, withProps(happy, { requestRoutingRules: [{ name: "r1", httpListener: ref("httpListeners", "http"), backendAddressPool: ref("backendAddressPools", "p") }] }));
    expect(messages(out)[0]).toContain("`http`");
    expect(out[0].severity).toBe("medium");
  });
  it("fails a redirect to a plain http URL", () => {
    expect(run(rule, AGW, withProps(happy, { redirectConfigurations: [{ name: "to-https", targetUrl: "http://app.example" }] }))).toHaveLength(1);
  });
  it("treats an unresolvable frontend as public", () => {
    expect(run(rule, AGW, { httpListeners: [{ name: "x", protocol: "Http" }] })).toHaveLength(1);
  });
  it("fails unknown listener lists", () => {
    expect(run(rule, AGW, withProps(happy, { httpListeners: UNKNOWN_ARRAY }))).toHaveLength(1);
  });
});
