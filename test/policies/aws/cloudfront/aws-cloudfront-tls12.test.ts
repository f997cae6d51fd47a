import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/cloudfront/aws-cloudfront-tls12";
import { UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { run } from "../helpers";

const T = "aws:cloudfront/distribution:Distribution";
const vc = (v: Record<string, unknown>) => run(rule, T, { viewerCertificate: v });
describe("aws-cloudfront-tls12", () => {
  it("passes an ACM certificate with TLSv1.2_2021", () => expect(vc({ acmCertificateArn: "arn:aws:acm:us-east-1:1:certificate/c", minimumProtocolVersion: "TLSv1.2_2021" })).toEqual([]));
  it("fails the default CloudFront certificate", () => expect(vc({ cloudfrontDefaultCertificate: true })[0].message).toContain("cloudfrontDefaultCertificate"));
  it.each(["TLSv1", "TLSv1_2016", "TLSv1.1_2016", "SSLv3"])("fails %s", (v) => expect(vc({ acmCertificateArn: "a", minimumProtocolVersion: v })).toHaveLength(1));
  it("fails an absent minimum version (default TLSv1) and an unknown one", () => {
    expect(vc({ acmCertificateArn: "a" })[0].message).toContain("TLSv1");
    expect(vc({ acmCertificateArn: "a", minimumProtocolVersion: UNKNOWN_STRING })).toHaveLength(1);
  });
});
