import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/cognitiveservices/azure-cognitive-account-isolation";
import { UNKNOWN_BOOL, UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { messages, run } from "../helpers";

const A = "azure-native:cognitiveservices:Account";

describe("azure-cognitive-account-isolation", () => {
  it("passes a custom subdomain with restricted egress", () => {
    expect(run(rule, A, { properties: { customSubDomainName: "chu-ai", restrictOutboundNetworkAccess: true, allowedFqdnList: ["kv.vault.azure.net"] } })).toEqual([]);
    expect(run(rule, A, { properties: { customSubDomainName: UNKNOWN_STRING, restrictOutboundNetworkAccess: true } })).toEqual([]);
  });
  it("fails a missing subdomain and unrestricted egress (medium)", () => {
    const out = run(rule, A, {});
    expect(messages(out)).toEqual([expect.stringContaining("customSubDomainName"), expect.stringContaining("restrictOutboundNetworkAccess")]);
    expect(out[0].severity).toBe("medium");
  });
  it("fails an unknown egress switch", () => {
    expect(run(rule, A, { properties: { customSubDomainName: "x", restrictOutboundNetworkAccess: UNKNOWN_BOOL } })).toHaveLength(1);
  });
});
