import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/apigateway/aws-apigw-domain-tls12";
import { UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { run } from "../helpers";

const REST = "aws:apigateway/domainName:DomainName";
const V2 = "aws:apigatewayv2/domainName:DomainName";
describe("aws-apigw-domain-tls12", () => {
  it("passes TLS_1_2 and enhanced TLS 1.2/1.3 policies", () => {
    expect(run(rule, REST, { domainName: "api.example.org", securityPolicy: "TLS_1_2" })).toEqual([]);
    expect(run(rule, REST, { securityPolicy: "SecurityPolicy_TLS13_1_2_2021_06", endpointAccessMode: "STRICT" })).toEqual([]);
    expect(run(rule, V2, { domainNameConfiguration: { securityPolicy: "TLS_1_2", endpointType: "REGIONAL", certificateArn: "c" } })).toEqual([]);
  });
  it("fails an absent policy (default TLS_1_0) and TLS_1_0", () => {
    expect(run(rule, REST, {})[0].message).toContain("TLS_1_0");
    expect(run(rule, REST, { securityPolicy: "TLS_1_0" })).toHaveLength(1);
    expect(run(rule, V2, { domainNameConfiguration: { securityPolicy: "TLS_1_0" } })[0].message).toContain("domainNameConfiguration.securityPolicy");
  });
  it("fails unknown and unrecognised policies", () => {
    expect(run(rule, REST, { securityPolicy: UNKNOWN_STRING })).toHaveLength(1);
    expect(run(rule, REST, { securityPolicy: "SecurityPolicy_TLS13_1_0_2099" })).toHaveLength(1);
  });
});
