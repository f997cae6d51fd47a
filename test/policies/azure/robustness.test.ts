// Adversarial property bags (wrong types, unknown sentinels anywhere) must never make a rule throw.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ResourceRule } from "../../../policies/core/rule";
import { azureRules } from "../../../policies/rules/azure";
import { UNKNOWN_ARRAY, UNKNOWN_BOOL, UNKNOWN_OBJECT, UNKNOWN_STRING } from "../../helpers/policy-harness";
import { run } from "./helpers";

const leaf = fc.oneof(
  fc.constantFrom(UNKNOWN_STRING, UNKNOWN_BOOL, UNKNOWN_ARRAY, UNKNOWN_OBJECT, "*", "0.0.0.0/0", "Enabled", "Http", "global", "RSA"),
  fc.string(), fc.integer(), fc.boolean(), fc.constant(null),
);
const value = fc.letrec((tie) => ({
  v: fc.oneof({ depthSize: "small" }, leaf, fc.array(tie("v"), { maxLength: 3 }), fc.dictionary(fc.constantFrom(
    "location", "properties", "siteConfig", "sku", "name", "encryption", "securityRules", "sslPolicy", "tags", "ipRules",
    "protocol", "direction", "access", "sourceAddressPrefix", "destinationPortRange", "keySource", "keyVaultUri", "enabled",
  ), tie("v"), { maxKeys: 4 })),
})).v;
const bag = fc.dictionary(fc.string({ maxLength: 12 }), value, { maxKeys: 6 });

const resourceRules = azureRules.filter((r): r is ResourceRule => r.kind === "resource");

describe("Azure rules on adversarial input", () => {
  it.each(resourceRules.map((r) => [r.name, r] as const))("%s never throws", (_, rule) => {
    const types = rule.types.map((t) => (t === "azure-native:*" ? "azure-native:storage:StorageAccount" : t));
    fc.assert(fc.property(fc.constantFrom(...types), bag, bag, (type, props, patch) => {
      expect(() => run(rule, type, { ...props, ...patch })).not.toThrow();
    }), { numRuns: 60 });
  });
});
