import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/bedrock/aws-ai-guardrail-pii";
import { run } from "../helpers";

const T = "aws:bedrock/guardrail:Guardrail";
describe("aws-ai-guardrail-pii", () => {
  it("passes a PII anonymise/block filter", () => expect(run(rule, T, { sensitiveInformationPolicyConfig: { piiEntitiesConfigs: [{ type: "NAME", action: "ANONYMIZE" }] } })).toEqual([]));
  it("advises when no PII filter protects", () => {
    expect(run(rule, T, {})[0].enforcementLevel).toBe("advisory");
    expect(run(rule, T, { sensitiveInformationPolicyConfig: { piiEntitiesConfigs: [{ type: "EMAIL", action: "NONE" }] } })).toHaveLength(1);
  });
});
