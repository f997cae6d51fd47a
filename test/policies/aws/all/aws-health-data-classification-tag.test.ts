import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/all/aws-health-data-classification-tag";
import { HEALTH_TAGS, run } from "../helpers";

describe("aws-health-data-classification-tag", () => {
  it("passes a tagged data store (resource or provider defaultTags)", () => {
    expect(run(rule, "aws:dynamodb/table:Table", { tags: HEALTH_TAGS })).toEqual([]);
    expect(run(rule, "aws:s3/bucketV2:BucketV2", {}, { provider: { props: { region: "eu-west-3", defaultTags: { tags: { "data-classification": "internal" } } } } })).toEqual([]);
  });
  it("fails a data store without the tag, mandatory in prod and advisory elsewhere", () => {
    const out = run(rule, "aws:efs/fileSystem:FileSystem", { tags: { owner: "x" } });
    expect(out).toHaveLength(1);
    expect(out[0].message).toContain("`data-classification`");
    // Tagging supports O-12.3.3 but is not required by it: advisory unless the profile raises it.
    expect(out[0].enforcementLevel).toBe("advisory");
    expect(run(rule, "aws:efs/fileSystem:FileSystem", {}, { profile: { enforcement: { raise: ["A"] } } })[0].enforcementLevel).toBe("mandatory");
  });
  it("fails an empty tag value", () => expect(run(rule, "aws:ebs/volume:Volume", { tags: { "data-classification": " " } })).toHaveLength(1));
  it("ignores stateless types", () => expect(run(rule, "aws:lambda/function:Function", {})).toEqual([]));
});
