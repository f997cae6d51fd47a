import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/provider/aws-provider-region-allowed";
import { UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { run } from "../helpers";
import { expectUnverified } from "../../unverified";

const T = "pulumi:providers:aws";
const prov = (props: Record<string, unknown>) => run(rule, T, props, { provider: null });
describe("aws-provider-region-allowed", () => {
  it("passes a Paris provider and an EU provider", () => {
    expect(prov({ region: "eu-west-3" })).toEqual([]);
    expect(prov({ region: "eu-west-1" })).toEqual([]);
  });
  it("fails a missing region", () => expect(prov({})[0].message).toContain("`region` absente"));
  it("reports a non-EU region without blocking twice: the resources it places are each judged", () => {
    const out = prov({ region: "us-east-1" });
    expect(out[0].message).toContain("us-east-1");
    expect(out[0].enforcementLevel).toBe("advisory");
  });
  it("reports an unknown region once, enforced at pulumi up", () => {
    expectUnverified(prov({ region: UNKNOWN_STRING }), "region");
  });
  it("accepts skipRegionValidation, which @pulumi/aws's Provider sets to \"true\" by default", () => {
    expect(prov({ region: "eu-west-3", skipRegionValidation: true })).toEqual([]);
    expect(prov({ region: "eu-west-3", skipRegionValidation: "true" })).toEqual([]);
  });
  it("applies to explicit providers only by type", () => expect(run(rule, "aws:s3/bucket:Bucket", {})).toEqual([]));
});
