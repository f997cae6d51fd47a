import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/lb/aws-mtls-cps-truststore";
import { run } from "../helpers";

const cps = { "clausier:auth": "cps" };
describe("aws-mtls-cps-truststore", () => {
  it("passes untagged endpoints and verified mTLS", () => {
    expect(run(rule, "aws:lb/listener:Listener", { protocol: "HTTPS" })).toEqual([]);
    expect(run(rule, "aws:lb/listener:Listener", { tags: cps, mutualAuthentication: { mode: "verify", trustStoreArn: "ts" } })).toEqual([]);
    expect(run(rule, "aws:apigateway/domainName:DomainName", { tags: cps, mutualTlsAuthentication: { truststoreUri: "s3://b/ca.pem" } })).toEqual([]);
  });
  it("advises on CPS endpoints without client-certificate verification", () => {
    expect(run(rule, "aws:alb/listener:Listener", { tags: cps, mutualAuthentication: { mode: "passthrough" } })[0].message).toContain("passthrough");
    expect(run(rule, "aws:apigatewayv2/domainName:DomainName", { tags: cps })[0].enforcementLevel).toBe("advisory");
  });
});
