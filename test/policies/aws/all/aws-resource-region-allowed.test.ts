import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/all/aws-resource-region-allowed";
import { runResourceRule, UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { expectUnverified } from "../../unverified";

const bucket = (props: Record<string, unknown>, providerRegion?: unknown) => runResourceRule(rule, {
  type: "aws:s3/bucket:Bucket",
  props,
  provider: providerRegion === undefined ? undefined : { props: providerRegion === null ? {} : { region: providerRegion } },
});

describe("aws-resource-region-allowed", () => {
  it("passes in Paris from the provider's region", () => {
    expect(bucket({})).toEqual([]);
  });
  it("passes in another EU region (the advisory is another rule)", () => {
    expect(bucket({ region: "eu-central-1" })).toEqual([]);
  });
  it("fails a per-resource region outside the EU even with a French provider", () => {
    const out = bucket({ region: "us-east-1" });
    expect(out).toHaveLength(1);
    expect(out[0].message).toMatch(/^\[O-12\.3\.2\] région us-east-1/);
    expect(out[0].enforcementLevel).toBe("mandatory");
  });
  it("fails a non-EU provider region (London is not EU)", () => {
    expect(bucket({}, "eu-west-2")[0].message).toContain("eu-west-2");
  });
  it("fails when no region can be determined", () => {
    expect(bucket({}, null)[0].message).toContain("aucune région");
  });
  it("reports an unknown region once, as an advisory enforced at pulumi up, never silently", () => {
    expectUnverified(bucket({ region: UNKNOWN_STRING }), "region");
  });
  it("follows the profile's allowed regions", () => {
    const out = runResourceRule(rule, { type: "aws:s3/bucket:Bucket", props: { region: "eu-west-1" }, profile: { regions: { awsEu: [] } } });
    expect(out).toHaveLength(1);
  });
  it("reports the ACM certificate CloudFront requires in us-east-1 as advisory, naming why", () => {
    for (const type of ["aws:acm/certificate:Certificate", "aws:acm/certificateValidation:CertificateValidation"]) {
      const out = runResourceRule(rule, { type, props: {}, provider: { props: { region: "us-east-1" } } });
      expect(out, type).toHaveLength(1);
      expect(out[0].enforcementLevel).toBe("advisory");
      expect(out[0].message).toContain("CloudFront");
    }
    // A CloudFront-scoped WAF ACL too; a regional one, or a certificate elsewhere outside the EU, still blocks.
    expect(runResourceRule(rule, { type: "aws:wafv2/webAcl:WebAcl", props: { scope: "CLOUDFRONT" }, provider: { props: { region: "us-east-1" } } })[0].enforcementLevel).toBe("advisory");
    expect(runResourceRule(rule, { type: "aws:wafv2/webAcl:WebAcl", props: { scope: "REGIONAL" }, provider: { props: { region: "us-east-1" } } })[0].enforcementLevel).toBe("mandatory");
    expect(runResourceRule(rule, { type: "aws:acm/certificate:Certificate", props: {}, provider: { props: { region: "us-west-2" } } })[0].enforcementLevel).toBe("mandatory");
    // Data in us-east-1 still blocks.
    expect(runResourceRule(rule, { type: "aws:s3/bucket:Bucket", props: {}, provider: { props: { region: "us-east-1" } } })[0].enforcementLevel).toBe("mandatory");
  });
  it("skips global services such as IAM", () => {
    expect(runResourceRule(rule, { type: "aws:iam/role:Role", props: {}, provider: { props: { region: "us-east-1" } } })).toEqual([]);
  });
});
