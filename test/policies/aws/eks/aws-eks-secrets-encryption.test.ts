import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/eks/aws-eks-secrets-encryption";
import { UNKNOWN_ARRAY } from "../../../helpers/policy-harness";
import { CMK, run } from "../helpers";
import { expectUnverified } from "../../unverified";

const T = "aws:eks/cluster:Cluster";
describe("aws-eks-secrets-encryption", () => {
  it("passes secrets encrypted with a CMK", () => expect(run(rule, T, { encryptionConfig: { resources: ["secrets"], provider: { keyArn: CMK } } })).toEqual([]));
  it("fails without secrets encryption (absent or unknown resources)", () => {
    expect(run(rule, T, {})[0].message).toContain("encryptionConfig.resources");
    expectUnverified(run(rule, T, { encryptionConfig: { resources: UNKNOWN_ARRAY, provider: { keyArn: CMK } } }), "encryptionConfig.resources");
  });
  it("fails an AWS-managed key", () => expect(run(rule, T, { encryptionConfig: { resources: ["secrets"], provider: { keyArn: "alias/aws/eks" } } })).toHaveLength(1));
});
