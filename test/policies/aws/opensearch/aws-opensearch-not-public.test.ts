import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/opensearch/aws-opensearch-not-public";
import { run } from "../helpers";

const T = "aws:opensearch/domain:Domain";
const profile = { adminCidrs: ["192.0.2.0/24"] };
const policy = (cond?: Record<string, unknown>) => JSON.stringify({ Statement: [{ Effect: "Allow", Principal: { AWS: "*" }, Action: "es:*", Resource: "*", ...(cond ? { Condition: cond } : {}) }] });
describe("aws-opensearch-not-public", () => {
  it("passes a VPC domain and an IP-filtered policy", () => {
    expect(run(rule, T, { vpcOptions: { subnetIds: ["s"] }, accessPolicies: policy() })).toEqual([]);
    expect(run(rule, T, { accessPolicies: policy({ IpAddress: { "aws:SourceIp": ["192.0.2.10/32"] } }) }, { profile })).toEqual([]);
  });
  it("fails a public policy without IP filtering or with foreign IPs", () => {
    expect(run(rule, T, { accessPolicies: policy() }, { profile })[0].message).toContain("aws:SourceIp");
    expect(run(rule, "aws:elasticsearch/domain:Domain", { accessPolicies: policy({ IpAddress: { "aws:SourceIp": "203.0.113.0/24" } }) }, { profile })).toHaveLength(1);
  });
});
