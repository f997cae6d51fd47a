import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/sagemaker/aws-sagemaker-model-network-isolation";
import { run } from "../helpers";

describe("aws-sagemaker-model-network-isolation", () => {
  it("passes isolation on", () => expect(run(rule, "aws:sagemaker/model:Model", { enableNetworkIsolation: true })).toEqual([]));
  it("fails isolation off or absent, medium", () => {
    expect(run(rule, "aws:sagemaker/model:Model", {})[0].severity).toBe("medium");
    expect(run(rule, "aws:sagemaker/model:Model", { enableNetworkIsolation: false })).toHaveLength(1);
  });
});
