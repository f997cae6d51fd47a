import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/all/aws-hds-region-for-health-data";
import { UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { HEALTH_TAGS, run } from "../helpers";

const T = "aws:rds/instance:Instance";
describe("aws-hds-region-for-health-data", () => {
  it("passes health data in Paris and non-health data anywhere", () => {
    expect(run(rule, T, { tags: HEALTH_TAGS })).toEqual([]);
    expect(run(rule, T, { region: "eu-west-1", tags: { "data-classification": "public" } })).toEqual([]);
  });
  it("fails health data outside the HDS regions, as critical", () => {
    const out = run(rule, T, { region: "eu-west-1", tags: HEALTH_TAGS });
    expect(out).toHaveLength(1);
    expect(out[0].severity).toBe("critical");
    expect(out[0].message).toContain("eu-west-1");
  });
  it("reads the tag from the provider's defaultTags and matches case-insensitively", () => {
    const out = run(rule, "aws:s3/bucket:Bucket", {}, { provider: { props: { region: "eu-central-1", defaultTags: { tags: { "data-classification": "HDS" } } } } });
    expect(out).toHaveLength(1);
  });
  it("fails an unknown region on health data", () => expect(run(rule, T, { region: UNKNOWN_STRING, tags: HEALTH_TAGS })).toHaveLength(1));
  it("follows the profile's HDS regions and tag key", () => {
    expect(run(rule, T, { region: "eu-west-1", tags: HEALTH_TAGS }, { profile: { regions: { awsHds: ["eu-west-3", "eu-west-1"] } } })).toEqual([]);
    expect(run(rule, T, { region: "eu-west-1", tags: { classif: "sante" } }, { profile: { tags: { dataClassification: "classif" } } })).toHaveLength(1);
  });
});
