import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/opensearch/aws-opensearch-tls12";
import { UNKNOWN_BOOL } from "../../../helpers/policy-harness";
import { run } from "../helpers";

const happy = { domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: "Policy-Min-TLS-1-2-PFS-2023-10" }, nodeToNodeEncryption: { enabled: true } };
describe("aws-opensearch-tls12", () => {
  it("passes on both domain tokens", () => {
    expect(run(rule, "aws:opensearch/domain:Domain", happy)).toEqual([]);
    expect(run(rule, "aws:elasticsearch/domain:Domain", happy)).toEqual([]);
  });
  it("fails each missing protection", () => {
    expect(run(rule, "aws:opensearch/domain:Domain", { ...happy, domainEndpointOptions: { ...happy.domainEndpointOptions, enforceHttps: false } })[0].message).toContain("enforceHttps");
    expect(run(rule, "aws:opensearch/domain:Domain", { ...happy, domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: "Policy-Min-TLS-1-0-2019-07" } })[0].message).toContain("Policy-Min-TLS-1-0-2019-07");
    expect(run(rule, "aws:opensearch/domain:Domain", { ...happy, nodeToNodeEncryption: { enabled: false } })[0].message).toContain("nodeToNodeEncryption");
  });
  it("fails everything on a bare domain and an unknown enforceHttps", () => {
    expect(run(rule, "aws:opensearch/domain:Domain", {})).toHaveLength(3);
    expect(run(rule, "aws:opensearch/domain:Domain", { ...happy, domainEndpointOptions: { ...happy.domainEndpointOptions, enforceHttps: UNKNOWN_BOOL } })).toHaveLength(1);
  });
});
