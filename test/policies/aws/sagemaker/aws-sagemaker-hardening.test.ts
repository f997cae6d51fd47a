import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/sagemaker/aws-sagemaker-hardening";
import { CMK, run } from "../helpers";

const NB = "aws:sagemaker/notebookInstance:NotebookInstance";
const nb = { instanceType: "ml.t3.medium", roleArn: "r", directInternetAccess: "Disabled", rootAccess: "Disabled", kmsKeyId: CMK };
describe("aws-sagemaker-hardening", () => {
  it("passes hardened notebooks, domains and endpoint configurations", () => {
    expect(run(rule, NB, nb)).toEqual([]);
    expect(run(rule, "aws:sagemaker/domain:Domain", { appNetworkAccessType: "VpcOnly", kmsKeyId: CMK })).toEqual([]);
    expect(run(rule, "aws:sagemaker/endpointConfiguration:EndpointConfiguration", { kmsKeyArn: CMK })).toEqual([]);
  });
  it("fails notebook defaults (internet and root enabled, no CMK)", () => {
    const out = run(rule, NB, { instanceType: "ml.t3.medium", roleArn: "r" });
    expect(out).toHaveLength(3);
    expect(out.map((o) => o.message).join(" ")).toContain("directInternetAccess");
  });
  it("fails a public domain and an endpoint without a CMK", () => {
    expect(run(rule, "aws:sagemaker/domain:Domain", { kmsKeyId: CMK })[0].message).toContain("PublicInternetOnly");
    expect(run(rule, "aws:sagemaker/endpointConfiguration:EndpointConfiguration", {})[0].message).toContain("kmsKeyArn");
  });
});
