import { describe, expect, it } from "vitest";
import { rule } from "../../../policies/rules/stack/env-distinct-stacks";
import { runStackRule } from "../../helpers/policy-harness";
import { envProfile, PROD_ACCOUNT } from "./env-fixtures";

const bucket = (name: string, environment: string) => ({ type: "aws:s3/bucket:Bucket", name, props: { tags: { environment } } });

describe("env-distinct-stacks", () => {
  it("passes a stack of one declared environment", () => {
    expect(runStackRule(rule, [bucket("a", "dev"), bucket("b", "dev")], { stack: "dev-alice", profile: envProfile })).toEqual([]);
  });
  it("fails a stack name matching no environment", () => {
    const out = runStackRule(rule, [bucket("a", "dev")], { stack: "feature-x" });
    expect(out).toHaveLength(1);
    expect(out[0].message).toContain("feature-x");
  });
  it("fails a stack mixing two environment tags", () => {
    expect(runStackRule(rule, [bucket("a", "prod"), bucket("b", "dev")])[0].message).toContain("dev, prod");
  });
  it("fails a profile sharing an account between prod and dev", () => {
    const profile = { environments: { ...envProfile.environments, dev: { stacks: ["dev*"], awsAccounts: [PROD_ACCOUNT] } } };
    expect(runStackRule(rule, [bucket("a", "prod")], { profile })[0].message).toContain(PROD_ACCOUNT);
  });
});
