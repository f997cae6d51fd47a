import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/network/azure-appgw-tls12-default";
import { run } from "../helpers";

const AGW = "azure-native:network:ApplicationGateway";

describe("azure-appgw-tls12-default", () => {
  it("passes an explicit policy", () => {
    expect(run(rule, AGW, { sslPolicy: { policyType: "Predefined", policyName: "AppGwSslPolicy20220101" } })).toEqual([]);
  });
  it("advises when the policy is absent or carries neither type nor name", () => {
    const out = run(rule, AGW, {});
    expect(out).toHaveLength(1);
    expect(out[0].enforcementLevel).toBe("advisory");
    expect(run(rule, AGW, { sslPolicy: { disabledSslProtocols: ["TLSv1_0"] } })).toHaveLength(1);
  });
});
