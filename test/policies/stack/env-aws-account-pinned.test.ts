import { describe, expect, it } from "vitest";
import { rule } from "../../../policies/rules/stack/env-aws-account-pinned";
import { runStackRule, UNKNOWN_STRING } from "../../helpers/policy-harness";
import { awsProvider, DEV_ACCOUNT, envProfile, PROD_ACCOUNT } from "./env-fixtures";

const bucket = (provider: { props: Record<string, unknown> }) => ({ type: "aws:s3/bucket:Bucket", name: "data", props: {}, provider });

describe("env-aws-account-pinned", () => {
  it("passes a provider pinned to the environment's account (prod and dev)", () => {
    expect(runStackRule(rule, [bucket(awsProvider([PROD_ACCOUNT]))], { profile: envProfile })).toEqual([]);
    expect(runStackRule(rule, [bucket(awsProvider([DEV_ACCOUNT]))], { stack: "dev-alice", profile: envProfile })).toEqual([]);
  });
  it("checks declared provider resources too", () => {
    const p = { type: "pulumi:providers:aws", name: "eu", props: { region: "eu-west-3" }, provider: null };
    expect(runStackRule(rule, [p], { profile: envProfile })[0].message).toContain("allowedAccountIds absent");
  });
  it("fails an unpinned provider", () => {
    const out = runStackRule(rule, [bucket(awsProvider(null))], { profile: envProfile });
    expect(out).toHaveLength(1);
    expect(out[0].severity).toBe("critical");
  });
  it("fails a dev stack pinned to the prod account, and an account outside the environment", () => {
    expect(runStackRule(rule, [bucket(awsProvider([PROD_ACCOUNT]))], { stack: "dev-alice", profile: envProfile })[0].message).toContain("environnement prod");
    expect(runStackRule(rule, [bucket(awsProvider(["333333333333"]))], { profile: envProfile })[0].message).toContain("hors des comptes");
  });
  it("fails an assumed role in another environment's account", () => {
    const prov = awsProvider([DEV_ACCOUNT], { assumeRoles: JSON.stringify([{ roleArn: `arn:aws:iam::${PROD_ACCOUNT}:role/deploy` }]) });
    expect(runStackRule(rule, [bucket(prov)], { stack: "dev-alice", profile: envProfile })[0].message).toContain("rôle assumé");
  });
  it("reports unknown allowedAccountIds", () => {
    expect(runStackRule(rule, [bucket({ props: { region: "eu-west-3", allowedAccountIds: UNKNOWN_STRING } })])[0].message).toContain("inconnu");
  });
  it("accepts any pin when the profile lists no account for the environment", () => {
    expect(runStackRule(rule, [bucket(awsProvider(["333333333333"]))])).toEqual([]);
  });
});
