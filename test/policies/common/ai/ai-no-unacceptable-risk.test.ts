import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/common/ai/ai-no-unacceptable-risk";
import { runResourceRule } from "../../../helpers/policy-harness";

describe("ai-no-unacceptable-risk", () => {
  it("passes other risk classes and untagged resources", () => {
    expect(runResourceRule(rule, { type: "aws:bedrock/guardrail:Guardrail", props: { tags: { "clausier:ai-act-risk": "high" } } })).toEqual([]);
    expect(runResourceRule(rule, { type: "azure-native:cognitiveservices:Deployment", props: {} })).toEqual([]);
  });
  it("fails unacceptable risk on any AI token, critical", () => {
    const out = runResourceRule(rule, { type: "azure-native:cognitiveservices:RaiPolicy", props: { tags: { "clausier:ai-act-risk": "Unacceptable" } } });
    expect(out[0].severity).toBe("critical");
    expect(out[0].message).toMatch(/^\[O-12\.6\.8\]/);
    expect(runResourceRule(rule, { type: "aws:kendra/index:Index", props: { tags: { "clausier:ai-act-risk": "unacceptable" } } })).toHaveLength(1);
  });
});
