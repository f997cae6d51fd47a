import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/apigateway/aws-apigw-default-endpoint-disabled";
import { run } from "../helpers";

const T = "aws:apigateway/restApi:RestApi";
describe("aws-apigw-default-endpoint-disabled", () => {
  it("passes a disabled execute-api endpoint or a TLS 1.2 one", () => {
    expect(run(rule, T, { disableExecuteApiEndpoint: true })).toEqual([]);
    expect(run(rule, T, { securityPolicy: "SecurityPolicy_TLS13_1_3_2025_09", endpointAccessMode: "STRICT" })).toEqual([]);
  });
  it("fails the default endpoint left on with the TLS 1.0 default, medium (advisory outside prod)", () => {
    const out = run(rule, T, {});
    expect(out).toHaveLength(1);
    expect(out[0].message).toContain("disableExecuteApiEndpoint");
    expect(out[0].severity).toBe("medium");
    expect(run(rule, T, {}, { stack: "dev" })[0].enforcementLevel).toBe("advisory");
  });
  it("fails an explicit TLS_1_0", () => expect(run(rule, T, { disableExecuteApiEndpoint: false, securityPolicy: "TLS_1_0" })).toHaveLength(1));
});
