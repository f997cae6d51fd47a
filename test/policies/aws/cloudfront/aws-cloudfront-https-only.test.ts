import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/cloudfront/aws-cloudfront-https-only";
import { run } from "../helpers";

const T = "aws:cloudfront/distribution:Distribution";
const happy = {
  defaultCacheBehavior: { viewerProtocolPolicy: "redirect-to-https" },
  orderedCacheBehaviors: [{ pathPattern: "/api/*", viewerProtocolPolicy: "https-only" }],
  origins: [{ originId: "o", customOriginConfig: { originProtocolPolicy: "https-only", originSslProtocols: ["TLSv1.2"], httpPort: 80, httpsPort: 443 } }],
};
describe("aws-cloudfront-https-only", () => {
  it("passes HTTPS everywhere", () => expect(run(rule, T, happy)).toEqual([]));
  it("fails allow-all on the default and ordered behaviours", () => {
    expect(run(rule, T, { ...happy, defaultCacheBehavior: { viewerProtocolPolicy: "allow-all" } })[0].message).toContain("defaultCacheBehavior.viewerProtocolPolicy");
    expect(run(rule, T, { ...happy, orderedCacheBehaviors: [{ viewerProtocolPolicy: "allow-all" }] })[0].message).toContain("orderedCacheBehaviors[0]");
  });
  it("fails an http-only origin and weak origin protocols", () => {
    const origin = (c: Record<string, unknown>) => run(rule, T, { ...happy, origins: [{ originId: "o", customOriginConfig: { ...happy.origins[0].customOriginConfig, ...c } }] });
    expect(origin({ originProtocolPolicy: "http-only" })[0].message).toContain("http-only");
    expect(origin({ originSslProtocols: ["TLSv1", "TLSv1.2"] })[0].message).toContain("TLSv1");
  });
});
