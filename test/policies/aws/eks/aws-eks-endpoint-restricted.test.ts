import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/eks/aws-eks-endpoint-restricted";
import { run } from "../helpers";

const T = "aws:eks/cluster:Cluster";
const profile = { adminCidrs: ["192.0.2.0/24"] };
describe("aws-eks-endpoint-restricted", () => {
  it("passes a private endpoint and a public one limited to admin ranges", () => {
    expect(run(rule, T, { vpcConfig: { endpointPublicAccess: false, subnetIds: ["s"] } })).toEqual([]);
    expect(run(rule, T, { vpcConfig: { publicAccessCidrs: ["192.0.2.0/25"] } }, { profile })).toEqual([]);
  });
  it("fails the default public endpoint open to 0.0.0.0/0", () => expect(run(rule, T, { vpcConfig: { subnetIds: ["s"] } })[0].message).toContain("0.0.0.0/0"));
  it("fails open or undeclared ranges", () => {
    expect(run(rule, T, { vpcConfig: { publicAccessCidrs: ["0.0.0.0/0"] } }, { profile })).toHaveLength(1);
    expect(run(rule, T, { vpcConfig: { publicAccessCidrs: ["203.0.113.0/24"] } }, { profile })[0].message).toContain("203.0.113.0/24");
  });
});
