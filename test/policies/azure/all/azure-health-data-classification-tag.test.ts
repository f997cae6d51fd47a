import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/all/azure-health-data-classification-tag";
import { UNKNOWN_OBJECT, UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { messages, run } from "../helpers";
import { expectUnverified } from "../../unverified";

const DISK = "azure-native:compute:Disk";

describe("azure-health-data-classification-tag", () => {
  it("passes a classified resource", () => {
    expect(run(rule, DISK, { tags: { "data-classification": "internal" } })).toEqual([]);
  });
  it("fails a stateful resource without the tag (medium; good practice, advisory unless the profile raises it)", () => {
    const out = run(rule, DISK, { tags: { owner: "x" } });
    expect(messages(out)[0]).toContain("data-classification");
    expect(out[0].severity).toBe("medium");
    expect(out[0].enforcementLevel).toBe("advisory");
    expect(run(rule, DISK, { tags: { owner: "x" } }, { profile: { enforcement: { raise: ["azure-health-data-classification-tag"] } } })[0].enforcementLevel).toBe("mandatory");
    expect(run(rule, DISK, {})).toHaveLength(1);
    expect(run(rule, DISK, { tags: { "data-classification": " " } })).toHaveLength(1);
  });
  it("fails an unknown tag map or tag value", () => {
    expectUnverified(run(rule, DISK, { tags: UNKNOWN_OBJECT }));
    expect(run(rule, DISK, { tags: { "data-classification": UNKNOWN_STRING } })).toHaveLength(1);
  });
  it("does not apply to stateless types", () => {
    expect(run(rule, "azure-native:network:VirtualNetwork", {})).toEqual([]);
  });
});
