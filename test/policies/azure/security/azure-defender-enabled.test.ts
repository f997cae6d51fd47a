import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/security/azure-defender-enabled";
import { run } from "../helpers";

const P = "azure-native:security:Pricing";

describe("azure-defender-enabled", () => {
  it("passes the Standard tier", () => {
    expect(run(rule, P, { pricingName: "VirtualMachines", pricingTier: "Standard", scopeId: "/subscriptions/s" })).toEqual([]);
  });
  it("advises on the Free tier, naming the plan", () => {
    const out = run(rule, P, { pricingName: "SqlServers", pricingTier: "free" });
    expect(out[0].message).toContain("SqlServers");
    expect(out[0].enforcementLevel).toBe("advisory");
  });
});
