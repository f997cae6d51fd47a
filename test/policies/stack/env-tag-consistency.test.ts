import { describe, expect, it } from "vitest";
import { rule } from "../../../policies/rules/stack/env-tag-consistency";
import { runStackRule, UNKNOWN_OBJECT } from "../../helpers/policy-harness";
import { expectUnverified } from "../unverified";

const bucket = (tags: unknown, provider?: { props: Record<string, unknown> }) => ({ type: "aws:s3/bucket:Bucket", name: "data", props: { bucket: "b", tags }, provider });

describe("env-tag-consistency", () => {
  it("passes a resource tagged with its stack's environment, in prod and in dev", () => {
    expect(runStackRule(rule, [bucket({ environment: "prod" })], { stack: "prod" })).toEqual([]);
    expect(runStackRule(rule, [bucket({ environment: "dev" })], { stack: "dev-alice" })).toEqual([]);
  });
  it("takes the tag from the AWS provider's JSON-encoded defaultTags", () => {
    const provider = { props: { region: "eu-west-3", defaultTags: JSON.stringify({ tags: { environment: "dev" } }) } };
    expect(runStackRule(rule, [bucket(undefined, provider)], { stack: "dev-alice" })).toEqual([]);
  });
  it("fails a missing tag, even on a data store without a tags input", () => {
    const out = runStackRule(rule, [bucket(undefined), { type: "aws:rds/instance:Instance", name: "db", props: { engine: "postgres" } }]);
    expect(out).toHaveLength(2);
    expect(out[0].message).toMatch(/^\[O-12\.5\.11\] data sans étiquette « environment » \(attendu prod\)/);
  });
  it("fails a prod tag in a dev stack", () => {
    const out = runStackRule(rule, [bucket({ environment: "prod" })], { stack: "dev-alice" });
    expect(out[0].message).toContain("environment=prod");
    // Tagging is good practice (O-12.5.11 asks for separate environments, not for tags): advisory unless raised.
    expect(out[0].enforcementLevel).toBe("advisory");
    expect(runStackRule(rule, [bucket({ environment: "prod" })], { stack: "dev-alice", profile: { enforcement: { raise: ["E"] } } })[0].enforcementLevel).toBe("mandatory");
  });
  it("reports unknown tags", () => {
    expectUnverified(runStackRule(rule, [bucket(UNKNOWN_OBJECT)]), "tags");
  });
  it("uses the profile's tag key and ignores non-taggable resources and unmatched stacks", () => {
    expect(runStackRule(rule, [bucket({ env: "prod" })], { profile: { tags: { environment: "env" } } })).toEqual([]);
    expect(runStackRule(rule, [{ type: "aws:iam/rolePolicyAttachment:RolePolicyAttachment", name: "att", props: { role: "r" } }])).toEqual([]);
    expect(runStackRule(rule, [bucket(undefined)], { stack: "feature-x" })).toEqual([]);
  });
});
