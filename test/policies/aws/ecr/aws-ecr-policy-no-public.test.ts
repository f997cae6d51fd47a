import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/ecr/aws-ecr-policy-no-public";
import { UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { run } from "../helpers";

const T = "aws:ecr/repositoryPolicy:RepositoryPolicy";
const doc = (...Statement: Record<string, unknown>[]) => JSON.stringify({ Version: "2012-10-17", Statement });
const pull = ["ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"];

describe("aws-ecr-policy-no-public", () => {
  it("passes account principals and conditioned public statements", () => {
    expect(run(rule, T, { repository: "app", policy: doc({ Effect: "Allow", Principal: { AWS: "arn:aws:iam::111111111111:root" }, Action: pull }) })).toEqual([]);
    expect(run(rule, T, { repository: "app", policy: doc({ Effect: "Allow", Principal: "*", Action: pull, Condition: { StringEquals: { "aws:PrincipalOrgID": "o-abc123" } } }) })).toEqual([]);
    expect(run(rule, T, { repository: "app", policy: doc({ Effect: "Deny", Principal: "*", Action: "ecr:*" }) })).toEqual([]);
  });
  it("fails a public pull, and says when anyone can push", () => {
    const pullOut = run(rule, T, { repository: "app", policy: doc({ Sid: "public", Effect: "Allow", Principal: "*", Action: pull }) });
    expect(pullOut).toHaveLength(1);
    expect(pullOut[0].message).toMatch(/^\[O-12\.3\.12\]/);
    expect(pullOut[0].message).toContain("pull");
    expect(pullOut[0].enforcementLevel).toBe("mandatory");
    const push = run(rule, T, { repository: "app", policy: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: "*" }, Action: ["ecr:PutImage", ...pull] }] } });
    expect(push[0].message).toContain("replace");
  });
  it("never passes a policy unknown during preview", () => {
    expect(run(rule, T, { repository: "app", policy: UNKNOWN_STRING })[0].message).toContain("unknown during preview");
  });
});
