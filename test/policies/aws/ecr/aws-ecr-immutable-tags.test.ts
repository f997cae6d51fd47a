import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/ecr/aws-ecr-immutable-tags";
import { run } from "../helpers";

describe("aws-ecr-immutable-tags", () => {
  it("passes immutable tags", () => expect(run(rule, "aws:ecr/repository:Repository", { imageTagMutability: "IMMUTABLE" })).toEqual([]));
  it("advises on mutable tags (the default)", () => {
    expect(run(rule, "aws:ecr/repository:Repository", {})[0].enforcementLevel).toBe("advisory");
    expect(run(rule, "aws:ecr/repository:Repository", { imageTagMutability: "MUTABLE" })).toHaveLength(1);
  });
});
