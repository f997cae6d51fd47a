import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/all/aws-resource-region-france";
import { UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { run } from "../helpers";

const T = "aws:s3/bucket:Bucket";
describe("aws-resource-region-france", () => {
  it("passes in Paris", () => expect(run(rule, T, {})).toEqual([]));
  it("advises declaring the country for an EU region outside France", () => {
    const out = run(rule, T, { region: "eu-central-1" });
    expect(out).toHaveLength(1);
    expect(out[0].message).toMatch(/^\[O-12\.3\.2\] région eu-central-1/);
    expect(out[0].enforcementLevel).toBe("advisory");
  });
  it("leaves non-EU, unknown and absent regions to aws-resource-region-allowed", () => {
    expect(run(rule, T, { region: "us-east-1" })).toEqual([]);
    expect(run(rule, T, { region: UNKNOWN_STRING })).toEqual([]);
    expect(run(rule, T, {}, { provider: { props: {} } })).toEqual([]);
  });
  it("skips global services", () => expect(run(rule, "aws:iam/role:Role", { region: "eu-west-1" })).toEqual([]));
});
