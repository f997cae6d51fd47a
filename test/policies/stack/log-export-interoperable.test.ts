import { describe, expect, it } from "vitest";
import { rule } from "../../../policies/rules/stack/log-export-interoperable";
import { runStackRule } from "../../helpers/policy-harness";

const lg = { type: "aws:cloudwatch/logGroup:LogGroup", name: "lg", props: { retentionInDays: 365 } };

describe("log-export-interoperable", () => {
  it("passes a prod stack forwarding its logs", () => {
    expect(runStackRule(rule, [lg, { type: "aws:cloudwatch/logSubscriptionFilter:LogSubscriptionFilter", name: "f", props: { logGroup: "lg" } }])).toEqual([]);
  });
  it("flags a prod stack with logs and no export, as low advisory", () => {
    const out = runStackRule(rule, [lg]);
    expect(out).toHaveLength(1);
    expect(out[0].enforcementLevel).toBe("advisory");
  });
  it("is silent in dev stacks and stacks without logs", () => {
    expect(runStackRule(rule, [lg], { stack: "dev-alice" })).toEqual([]);
    expect(runStackRule(rule, [{ type: "aws:s3/bucket:Bucket", name: "b", props: {} }])).toEqual([]);
  });
});
