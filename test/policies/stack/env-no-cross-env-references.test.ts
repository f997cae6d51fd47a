import { describe, expect, it } from "vitest";
import { rule } from "../../../policies/rules/stack/env-no-cross-env-references";
import { runResourceRule } from "../../helpers/policy-harness";
import { DEV_ACCOUNT, envProfile, PROD_ACCOUNT } from "./env-fixtures";

const fn = (role: string, stack: string) => runResourceRule(rule, {
  type: "aws:lambda/function:Function", props: { role, environment: { variables: { KEY: `arn:aws:kms:eu-west-3:${DEV_ACCOUNT}:key/1` } } }, stack, profile: envProfile,
});

describe("env-no-cross-env-references", () => {
  it("passes references within the environment", () => {
    expect(fn(`arn:aws:iam::${DEV_ACCOUNT}:role/r`, "dev-alice")).toEqual([]);
  });
  it("fails a dev resource referencing a prod role, with the path", () => {
    const out = fn(`arn:aws:iam::${PROD_ACCOUNT}:role/r`, "dev-alice");
    expect(out).toHaveLength(1);
    expect(out[0].message).toMatch(/^\[O-12\.5\.11\] role référence le compte 111111111111/);
  });
  it("fails a prod resource referencing a dev key (and vice versa)", () => {
    expect(fn(`arn:aws:iam::${PROD_ACCOUNT}:role/r`, "prod")[0].message).toContain("environment.variables.KEY");
  });
  it("ignores ARNs of accounts the profile does not list", () => {
    expect(runResourceRule(rule, { type: "aws:sns/topic:Topic", props: { kmsMasterKeyId: "arn:aws:kms:eu-west-3:999999999999:key/1" }, profile: envProfile })).toEqual([]);
  });
});
